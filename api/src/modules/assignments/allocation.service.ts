import { Injectable } from '@nestjs/common';
import { caseloadCapRefusal, WorkingDayCalendar } from '@heard/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { AdvocatesRepository } from '../advocates/advocates.repository';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../children/child-access.service';
import { ProviderCoverageEntity } from '../organisations/provider-coverage.entity';
import { OffersService } from '../offers/offers.service';
import { AssignmentEngine } from './assignment-engine.service';
import { AssignmentEntity } from './assignment.entity';
import type { AdvocateCaseloadType, AwaitingAdvocateEntryType, ReassignChildInput, SetCaseloadCapInput } from './dto/allocation.types';
import { sqlRows } from '../../database/sql';

/** Allocation oversight for Commissioner staff and admins; LA managers see their own LA's queue. */
@Injectable()
export class AllocationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly offers: OffersService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly advocates: AdvocatesRepository,
  ) {}

  /** Children waiting for an advocate; names and LAs are child data, so the read is audited with the children it showed. */
  async awaiting(caller: Caller, meta: RequestMeta): Promise<AwaitingAdvocateEntryType[]> {
    const laFilter = caller.role === 'LA_MANAGER' ? caller.localAuthorityId : null;
    if (caller.role === 'LA_MANAGER' && laFilter === null) throw forbidden();
    if (caller.role === 'ADVOCATE') throw forbidden();
    const rows = await this.dataSource.transaction(async (manager) => {
      const found = await sqlRows<{
        child_id: string;
        given_name: string;
        family_name: string;
        la_id: string;
        la_code: string;
        la_name: string;
        waiting_since: string;
        reason: string;
      }>(
        manager,
        `SELECT q.child_id, c.given_name, c.family_name, la.id AS la_id, la.code AS la_code, la.name AS la_name,
                to_char(q.waiting_since, 'YYYY-MM-DD') AS waiting_since, q.reason
           FROM awaiting_advocate q JOIN children c ON c.id = q.child_id JOIN local_authorities la ON la.id = q.local_authority_id
          WHERE q.resolved_at IS NULL AND ($1::uuid IS NULL OR q.local_authority_id = $1)
          ORDER BY q.queued_at, q.id`,
        [laFilter],
      );
      await this.audit.childReads(
        manager,
        caller,
        meta,
        found.map((r) => r.child_id),
        'allocation.awaiting_list',
      );
      return found;
    });
    const today = this.clock.today();
    return rows.map((r) => ({
      childId: r.child_id,
      childName: `${r.given_name} ${r.family_name}`,
      localAuthority: { id: r.la_id, code: r.la_code, name: r.la_name },
      waitingSince: r.waiting_since,
      workingDaysWaiting: Math.max(0, this.calendar.workingDaysBetween(r.waiting_since, today)),
      reason: r.reason,
    }));
  }

  async caseloads(): Promise<AdvocateCaseloadType[]> {
    const rows = await sqlRows<{
      id: string;
      display_name: string;
      provider: string;
      caseload_cap: number;
      active_caseload: number;
      languages: string[];
      active: boolean;
    }>(
      this.dataSource,
      `SELECT a.id, u.display_name, p.name AS provider, a.caseload_cap, a.active_caseload, a.languages, a.active
           FROM advocates a JOIN users u ON u.id = a.user_id JOIN advocacy_providers p ON p.id = a.advocacy_provider_id
          ORDER BY (a.active_caseload::float / GREATEST(a.caseload_cap, 1)) DESC, u.display_name`,
    );
    return rows.map((r) => ({
      advocateId: r.id,
      displayName: r.display_name,
      providerName: r.provider,
      caseloadCap: r.caseload_cap,
      activeCaseload: r.active_caseload,
      languages: r.languages,
      active: r.active,
    }));
  }

  async setCap(caller: Caller, input: SetCaseloadCapInput, meta: RequestMeta): Promise<AdvocateCaseloadType> {
    await inTransaction(this.dataSource, async (manager) => {
      const advocate = await manager.findOne(AdvocateEntity, { where: { id: input.advocateId }, lock: { mode: 'pessimistic_write' } });
      if (advocate === null) throw new DomainException('NOT_FOUND', 'No advocate with that id.');
      if (input.caseloadCap === advocate.caseloadCap)
        throw new DomainException('CONFLICT', `The advocate's cap is already ${advocate.caseloadCap}.`, { field: 'caseloadCap' });
      const capRefusal = caseloadCapRefusal(input.caseloadCap, advocate.activeCaseload);
      if (capRefusal !== null) throw new DomainException('BAD_USER_INPUT', capRefusal, { field: 'caseloadCap' });
      await this.advocates.setCaseloadCap(manager, advocate.id, input.caseloadCap);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'advocate.cap_changed',
        entity: 'advocate',
        entityId: advocate.id,
        meta,
        details: { from: advocate.caseloadCap, to: input.caseloadCap },
      });
      if (input.caseloadCap > advocate.caseloadCap) await this.engine.drainQueue(manager, this.clock.today());
    });
    const found = (await this.caseloads()).find((c) => c.advocateId === input.advocateId);
    if (found === undefined) throw new DomainException('NOT_FOUND', 'No advocate with that id.');
    return found;
  }

  /** Moves a child to another advocate with a reason; the old assignment stays in the history. */
  async reassign(caller: Caller, input: ReassignChildInput, meta: RequestMeta): Promise<string> {
    const today = this.clock.today();
    return inTransaction(this.dataSource, async (manager) => {
      const child = await this.engine.lockChild(manager, input.childId);
      if (child === null) throw notFound();
      const current = await this.engine.activeAssignment(manager, child.id);
      // A provider manager reaches only the children their own provider's advocates represent, and moves them within it.
      const ownProvider = caller.role === 'PROVIDER_MANAGER' ? caller.advocacyProviderId : undefined;
      if (ownProvider !== undefined && (current === null || (await this.advocates.providerOf(manager, current.advocateId)) !== ownProvider)) throw notFound();
      if (current === null) throw new DomainException('CONFLICT', 'This child has no advocate to reassign from.');
      // After the child's lock: a parallel reassignment to the same advocate sees the winner's assignment here.
      if (current.advocateId === input.advocateId) throw new DomainException('CONFLICT', 'The child already has this advocate.', { field: 'advocateId' });
      const target = await manager.findOneBy(AdvocateEntity, { id: input.advocateId });
      if (target === null || !target.active) throw new DomainException('NOT_FOUND', 'No active advocate with that id.');
      if (ownProvider !== undefined && target.advocacyProviderId !== ownProvider) {
        throw new DomainException('BAD_USER_INPUT', 'Choose an advocate from your own provider.', { field: 'advocateId' });
      }
      if (target.employingLocalAuthorityId === child.localAuthorityId) {
        throw new DomainException('BAD_USER_INPUT', "That advocate is employed by the child's local authority, so cannot be independent for them.", {
          field: 'advocateId',
        });
      }
      if (!(await manager.existsBy(ProviderCoverageEntity, { advocacyProviderId: target.advocacyProviderId, localAuthorityId: child.localAuthorityId }))) {
        throw new DomainException('BAD_USER_INPUT', "That advocate's provider does not cover the child's local authority.", { field: 'advocateId' });
      }
      const endedOn = today < current.startedOn ? current.startedOn : today;
      await this.engine.end(manager, current, endedOn, input.reason, input.note.trim());
      await this.offers.closeOnReassignment(manager, current.id, endedOn);
      if (!(await this.engine.lockPlace(manager, target.id)))
        throw new DomainException('CONFLICT', `That advocate is at their cap of ${target.caseloadCap} children.`, { field: 'advocateId' });
      const assignment = await manager.save(
        manager.create(AssignmentEntity, {
          childId: child.id,
          advocateId: target.id,
          startedOn: today,
          startReason: 'REASSIGNED',
          endedOn: null,
          endReason: null,
          endNote: null,
        }),
      );
      await this.offers.create(manager, assignment, 'REASSIGNMENT', today);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'assignment.reassigned',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { from: current.advocateId, to: target.id, reason: input.reason },
      });
      await this.engine.drainQueue(manager, today);
      return child.id;
    });
  }
}
