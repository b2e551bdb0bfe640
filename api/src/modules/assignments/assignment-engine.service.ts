import { Injectable } from '@nestjs/common';
import { chooseAdvocate, interpreterNeeded, type AdvocateCandidate, type OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { ChildEntity } from '../children/child.entity';
import { OffersService } from '../offers/offers.service';
import { ProviderCoverageEntity } from '../organisations/provider-coverage.entity';
import { AssignmentEntity } from './assignment.entity';
import { AwaitingAdvocateEntity } from './awaiting-advocate.entity';
import { sqlRows, sqlRun } from '../../database/sql';

export type AssignOutcome =
  { kind: 'ALREADY_ASSIGNED'; assignment: AssignmentEntity } | { kind: 'ASSIGNED'; assignment: AssignmentEntity } | { kind: 'QUEUED'; reason: string };

/**
 * Assigns advocates inside the caller's transaction. The database holds the invariants: a
 * conditional UPDATE (plus a CHECK) keeps every advocate within their cap, and a partial unique
 * index keeps one active assignment per child. Child rows are locked so one child is handled by
 * one transaction at a time.
 */
@Injectable()
export class AssignmentEngine {
  constructor(private readonly offers: OffersService) {}

  async activeAssignment(manager: EntityManager, childId: string): Promise<AssignmentEntity | null> {
    return manager.createQueryBuilder(AssignmentEntity, 'a').where('a.child_id = :childId AND a.ended_on IS NULL', { childId }).getOne();
  }

  /** Locks the child row for the rest of the transaction. */
  async lockChild(manager: EntityManager, childId: string): Promise<ChildEntity | null> {
    return manager.createQueryBuilder(ChildEntity, 'c').setLock('pessimistic_write').where('c.id = :childId', { childId }).getOne();
  }

  async assignOrQueue(manager: EntityManager, child: ChildEntity, promptedOn: string, offerReason: OfferReason = 'INITIAL'): Promise<AssignOutcome> {
    const existing = await this.activeAssignment(manager, child.id);
    if (existing !== null) return { kind: 'ALREADY_ASSIGNED', assignment: existing };
    const assigned = await this.tryAssign(manager, child, promptedOn, offerReason);
    if (assigned.kind === 'ASSIGNED') return assigned;
    const open = await manager
      .createQueryBuilder(AwaitingAdvocateEntity, 'q')
      .where('q.child_id = :childId AND q.resolved_at IS NULL', { childId: child.id })
      .getOne();
    if (open === null) {
      await manager.insert(AwaitingAdvocateEntity, {
        childId: child.id,
        localAuthorityId: child.localAuthorityId,
        waitingSince: promptedOn,
        reason: assigned.reason,
        resolvedAt: null,
        assignmentId: null,
      });
    }
    return assigned;
  }

  private async tryAssign(
    manager: EntityManager,
    child: ChildEntity,
    promptedOn: string,
    offerReason: OfferReason,
  ): Promise<{ kind: 'ASSIGNED'; assignment: AssignmentEntity } | { kind: 'QUEUED'; reason: string }> {
    const coverage = await manager.find(ProviderCoverageEntity, { where: { localAuthorityId: child.localAuthorityId } });
    const providerIds = coverage.map((c) => c.advocacyProviderId);
    if (providerIds.length === 0) return { kind: 'QUEUED', reason: 'NO_PROVIDER_COVERS_LA' };
    const advocates = await manager
      .createQueryBuilder(AdvocateEntity, 'a')
      .where('a.advocacy_provider_id IN (:...providerIds) AND a.active', { providerIds })
      .getMany();
    let candidates: AdvocateCandidate[] = advocates.map((a) => ({
      id: a.id,
      providerId: a.advocacyProviderId,
      employingLaId: a.employingLocalAuthorityId,
      active: a.active,
      unavailableUntil: a.unavailableUntil,
      caseloadCap: a.caseloadCap,
      activeCaseload: a.activeCaseload,
      languages: a.languages,
    }));
    const history = await this.history(manager, child);
    // The same rule as an import's batch: whether the child needs an interpreter on the day the assignment starts.
    const needsInterpreter = interpreterNeeded(child, promptedOn);
    for (;;) {
      const choice = chooseAdvocate(
        { localAuthorityId: child.localAuthorityId, startsOn: promptedOn, firstLanguage: child.firstLanguage, interpreterNeeded: needsInterpreter, ...history },
        candidates,
        providerIds,
      );
      if (choice.kind === 'QUEUE') return { kind: 'QUEUED', reason: choice.reason };
      if (!(await this.lockPlace(manager, choice.advocateId))) {
        // Someone else took the last place first: that advocate is full for us now.
        candidates = candidates.map((c) => (c.id === choice.advocateId ? { ...c, activeCaseload: c.caseloadCap } : c));
        continue;
      }
      const assignment = await manager.save(
        manager.create(AssignmentEntity, {
          childId: child.id,
          advocateId: choice.advocateId,
          startedOn: promptedOn,
          startReason: choice.reason,
          endedOn: null,
          endReason: null,
          endNote: null,
        }),
      );
      await this.offers.create(manager, assignment, offerReason, promptedOn);
      await sqlRun(manager, `UPDATE awaiting_advocate SET resolved_at = now(), assignment_id = $2 WHERE child_id = $1 AND resolved_at IS NULL`, [
        child.id,
        assignment.id,
      ]);
      return { kind: 'ASSIGNED', assignment };
    }
  }

  private async history(manager: EntityManager, child: ChildEntity): Promise<{ previousAdvocateIds: string[]; siblingAdvocateIds: string[] }> {
    const previous = await sqlRows<{ advocate_id: string }>(
      manager,
      `SELECT advocate_id FROM assignments WHERE child_id = $1 GROUP BY advocate_id ORDER BY max(started_on) DESC, max(created_at) DESC`,
      [child.id],
    );
    const siblings =
      child.siblingGroupId === null
        ? []
        : await sqlRows<{ advocate_id: string }>(
            manager,
            `SELECT DISTINCT a.advocate_id FROM assignments a JOIN children c ON c.id = a.child_id
              WHERE c.sibling_group_id = $1 AND c.id <> $2 AND a.ended_on IS NULL`,
            [child.siblingGroupId, child.id],
          );
    return { previousAdvocateIds: previous.map((r) => r.advocate_id), siblingAdvocateIds: siblings.map((r) => r.advocate_id) };
  }

  /**
   * Locks the advocate's row and says whether they have a free place. The place is taken by
   * inserting the assignment: a database trigger counts it, and a CHECK refuses going over the cap.
   */
  async lockPlace(manager: EntityManager, advocateId: string): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM advocates WHERE id = $1 AND active AND active_caseload < caseload_cap FOR UPDATE`, [
      advocateId,
    ]);
    return rows.length === 1;
  }

  /** Ends a child's active assignment; the database trigger frees the advocate's place. */
  async end(manager: EntityManager, assignment: AssignmentEntity, endedOn: string, reason: AssignmentEntity['endReason'], note: string | null): Promise<void> {
    await manager.update(AssignmentEntity, { id: assignment.id }, { endedOn, endReason: reason, endNote: note });
  }

  /**
   * Capacity has freed up: assign waiting children, oldest first, until nobody else can be placed.
   * Children another transaction is handling right now are skipped (they are being assigned).
   */
  async drainQueue(manager: EntityManager, today: string): Promise<number> {
    let assigned = 0;
    const waiting = await sqlRows<{ child_id: string }>(
      manager,
      `SELECT q.child_id
         FROM awaiting_advocate q JOIN children c ON c.id = q.child_id
        WHERE q.resolved_at IS NULL
        ORDER BY q.queued_at, q.id
        FOR UPDATE OF q, c SKIP LOCKED`,
    );
    for (const entry of waiting) {
      const child = await manager.findOneByOrFail(ChildEntity, { id: entry.child_id });
      // The advocate starts today, so the offer is due from today rather than from the old trigger.
      const outcome = await this.tryAssign(manager, child, today, 'INITIAL');
      // Keep going: a child of another LA may be placeable even when this one is not.
      if (outcome.kind === 'ASSIGNED') assigned += 1;
    }
    return assigned;
  }
}
