import { Inject, Injectable } from '@nestjs/common';
import { contactStandard, contactTimeProblem, londonInstant, type ContactStandardResult } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { ContactsRepository, type ClockFacts } from './contacts.repository';
import type { RecordContactInput } from './dto/contact.inputs';
import type { ChildContactType, ContactStandardNationalType } from './dto/contact.types';

/** The child's clock as shown: for an LA manager the status only (no sentence, no due date). */
export interface ChildClock {
  lastHeardAt: string | null;
  standard: { status: ContactStandardResult['status']; sentence: string | null; nextDueOn: string | null };
}

const NOT_YOURS = 'Only the child’s current advocate can see or record their contacts.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The clocks one caller asked for while one response resolves: each child with its LA, read together. */
interface ClockBatch {
  readonly children: Map<string, string>;
  readonly clocks: Promise<Map<string, ChildClock>>;
}

/** Contacts with a child: recorded and read by the child's current advocate only (their notes are private to advocates). */
@Injectable()
export class ContactsService {
  private readonly batches = new Map<string, ClockBatch>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly repository: ContactsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async record(caller: Caller, input: RecordContactInput, meta: RequestMeta): Promise<string> {
    const occurredAt = londonInstant(input.occurredOn, input.occurredTime);
    const problem = contactTimeProblem(occurredAt, this.clock.now());
    if (problem !== null) throw new DomainException('BAD_USER_INPUT', problem, { field: 'occurredOn' });
    return this.dataSource.transaction(async (manager) => {
      await this.currentAdvocate(manager, caller, input.childId);
      const id = await this.repository.insert(manager, {
        childId: input.childId,
        advocateUserId: caller.userId,
        kind: input.kind,
        occurredAt,
        viewsRecorded: input.viewsRecorded,
        privateNote: input.privateNote.trim(),
      });
      await this.audit.record(manager, {
        actor: caller,
        action: 'contact.recorded',
        entity: 'child',
        entityId: input.childId,
        meta,
        details: { contactId: id, kind: input.kind, viewsRecorded: input.viewsRecorded },
      });
      return id;
    });
  }

  async contacts(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildContactType[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.currentAdvocate(manager, caller, childId);
      const rows = await this.repository.ofChild(manager, childId);
      await this.audit.childReads(manager, caller, meta, [childId], 'contact.list');
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        occurredAt: r.occurred_at.toISOString(),
        viewsRecorded: r.views_recorded,
        privateNote: r.private_note,
        recordedBy: r.recorded_by,
      }));
    });
  }

  /**
   * The child's clock as the caller may see it: everything for the current advocate, last heard and the status for the manager of
   * the child's LA, nothing for anyone else. Reached only through child reads that were already checked and audited.
   */
  /**
   * The child's clock for the caller: in full for the child's current advocate, last heard and the status for a manager
   * of the child's LA, otherwise null. The children of one list are read together: every request for a clock made by
   * the same caller while GraphQL resolves one response joins one batch, read in two statements however long the list.
   */
  clockFor(caller: Caller, child: { id: string; localAuthorityId: string }): Promise<ChildClock | null> {
    const key = `${caller.sessionId}:${caller.userId}`;
    let batch = this.batches.get(key);
    if (batch === undefined) {
      const children = new Map<string, string>();
      const clocks = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        this.batches.delete(key);
        return this.clocksOf(caller, children);
      });
      batch = { children, clocks };
      this.batches.set(key, batch);
    }
    batch.children.set(child.id, child.localAuthorityId);
    return batch.clocks.then((clocks) => clocks.get(child.id) ?? null);
  }

  private async clocksOf(caller: Caller, children: ReadonlyMap<string, string>): Promise<Map<string, ChildClock>> {
    const manager = this.dataSource.manager;
    const ids = [...children.keys()].filter((id) => UUID.test(id));
    const advocated =
      caller.role === 'ADVOCATE' && ids.length > 0 ? await this.repository.currentlyAdvocatedOf(manager, caller.userId, ids) : new Set<string>();
    const managed = (id: string) => caller.role === 'LA_MANAGER' && caller.localAuthorityId !== null && children.get(id) === caller.localAuthorityId;
    const visible = ids.filter((id) => advocated.has(id) || managed(id));
    const clocks = new Map<string, ChildClock>();
    if (visible.length === 0) return clocks;
    for (const facts of await this.repository.clockFactsOf(manager, visible)) {
      const standard = this.standardOf(facts);
      clocks.set(facts.child_id, {
        lastHeardAt: facts.last_heard_at?.toISOString() ?? null,
        standard: advocated.has(facts.child_id) ? standard : { status: standard.status, sentence: null, nextDueOn: null },
      });
    }
    return clocks;
  }

  /**
   * The clocks, in full, of children a provider manager oversees: the caller's right to see them (their own provider's
   * current children) is the oversight service's check, made before this is asked.
   */
  async oversightClocks(manager: EntityManager, childIds: readonly string[]): Promise<Map<string, ChildClock>> {
    const clocks = new Map<string, ChildClock>();
    if (childIds.length === 0) return clocks;
    for (const facts of await this.repository.clockFactsOf(manager, childIds)) {
      clocks.set(facts.child_id, { lastHeardAt: facts.last_heard_at?.toISOString() ?? null, standard: this.standardOf(facts) });
    }
    return clocks;
  }

  /** Children with a current advocate and those past the standard, by LA and by provider (counts only): Commissioner staff. */
  async national(caller: Caller, meta: RequestMeta): Promise<ContactStandardNationalType> {
    if (caller.role !== 'COMMISSIONER_STAFF') throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.repository.nationalClockFacts(manager);
      const byLa = new Map<string, { children: number; pastStandard: number }>();
      const byProvider = new Map<string, { children: number; pastStandard: number }>();
      for (const f of facts) {
        const past = this.standardOf(f).status === 'PAST_STANDARD' ? 1 : 0;
        for (const [map, name] of [
          [byLa, f.local_authority],
          [byProvider, f.provider],
        ] as const) {
          const count = map.get(name) ?? { children: 0, pastStandard: 0 };
          map.set(name, { children: count.children + 1, pastStandard: count.pastStandard + past });
        }
      }
      await this.audit.record(manager, { actor: caller, action: 'contact.national_counts_read', entity: 'contact_standard', entityId: null, meta });
      const rows = (map: Map<string, { children: number; pastStandard: number }>) =>
        [...map.entries()].map(([name, c]) => ({ name, ...c })).sort((a, b) => b.pastStandard - a.pastStandard || a.name.localeCompare(b.name));
      return { byLocalAuthority: rows(byLa), byProvider: rows(byProvider) };
    });
  }

  private standardOf(facts: ClockFacts): ContactStandardResult {
    return contactStandard({
      offerDeadline: facts.offer_due_on,
      contacts: facts.last_heard_at === null ? [] : [{ occurredAt: facts.last_heard_at, viewsRecorded: true }],
      meetings: facts.meeting_dates,
      today: this.clock.today(),
      settings: { intervalWeeks: this.config.contactStandardWeeks },
    });
  }

  /** Any other advocate, and every other role, is refused (FORBIDDEN); the refusal is audited by the GraphQL error path. */
  private async currentAdvocate(manager: EntityManager, caller: Caller, childId: string): Promise<void> {
    if (!(await this.access.isCurrentAdvocate(manager, caller, childId))) throw forbidden(NOT_YOURS);
  }
}
