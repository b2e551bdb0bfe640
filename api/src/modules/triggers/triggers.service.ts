import { Injectable } from '@nestjs/common';
import { childCommandRefusal, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { assertPastOrToday } from '../../common/validation/entered-input';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AssignmentEngine, type AssignOutcome } from '../assignments/assignment-engine.service';
import { EventAssignmentEngine, type EventAssignOutcome } from '../assignments/event-assignment.service';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { type AuditEntry, AuditService } from '../audit/audit.service';
import { CareEpisodesRepository } from '../care-episodes/care-episodes.repository';
import { ChildAccessService, notFound } from '../children/child-access.service';
import { ChildEntity } from '../children/child.entity';
import { childSummaries } from '../children/child-summaries.query';
import { ChildrenRepository } from '../children/children.repository';
import { OffersService } from '../offers/offers.service';
import { SignificantChangesService } from '../significant-changes/significant-changes.service';
import type { NotificationType } from '../notifications/dto/notification.type';
import type { NewChildInput, RecordLeftCareInput, RecordPlacementChangeInput, RecordTriggerEventInput } from './dto/record-trigger-event.input';
import { AssignmentOutcome, type TriggerResultType } from './dto/trigger-result.type';
import { TriggerEventsRepository } from './trigger-events.repository';

/** The owners of the records a trigger changes besides its own event: the child, their periods of care, the awaiting queue. */
@Injectable()
export class TriggerOwners {
  constructor(
    readonly events: TriggerEventsRepository,
    readonly children: ChildrenRepository,
    readonly episodes: CareEpisodesRepository,
    readonly assignments: AssignmentsRepository,
    readonly significantChanges: SignificantChangesService,
  ) {}
}

@Injectable()
export class TriggersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly eventEngine: EventAssignmentEngine,
    private readonly offers: OffersService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly records: TriggerOwners,
  ) {}

  /** Records a trigger event and, in the same transaction, assigns an advocate or queues the child. */
  async record(caller: Caller, input: RecordTriggerEventInput, meta: RequestMeta): Promise<TriggerResultType> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    const laId = caller.localAuthorityId;
    const today = this.clock.today();
    const occurredOn = assertPastOrToday(input.occurredOn, 'occurredOn', today);
    if ((input.childId == null) === (input.newChild == null)) {
      throw new DomainException('BAD_USER_INPUT', 'Choose one child: either a child already in Heard or a child new to Heard.', {
        field: 'childId',
      });
    }
    return inTransaction(this.dataSource, async (manager) => {
      // The event's audit rows, written together at the end of the transaction (one round trip, the same rows in order).
      const audits: AuditEntry[] = [];
      // A child new to Heard is created here, in the caller's LA; a child already in Heard must be one of the caller's LA's.
      const childId =
        input.newChild != null
          ? await this.createChild(manager, caller, laId, input.newChild, today, meta, audits)
          : (await this.access.ownLaChild(manager, caller, input.childId ?? '')).id;
      const context = await this.eventEngine.lockContext(manager, childId);
      if (context === null) throw notFound();
      const { child } = context;
      if (occurredOn < child.dateOfBirth) {
        throw new DomainException('BAD_USER_INPUT', `The date of the event cannot be before the child's date of birth, ${ukLongDate(child.dateOfBirth)}.`, {
          field: 'occurredOn',
        });
      }
      const event = await this.records.events.record(manager, { childId, kind: input.kind, occurredOn, recordedByUserId: caller.userId });
      audits.push({
        actor: { userId: caller.userId, role: caller.role },
        action: 'trigger.recorded',
        entity: 'child',
        entityId: childId,
        meta,
        details: { kind: input.kind, occurredOn },
      });
      if (input.kind === 'ENTERED_CARE' && !context.inOpenEpisode) {
        await this.records.episodes.openPeriod(manager, { childId, startDate: occurredOn, legalStatus: child.legalStatus, placementType: child.placementType });
      }
      // Last, so the advocate's row (locked by taking their place) is held for as short a time as possible.
      const outcome = await this.eventEngine.assignOrQueue(manager, context, occurredOn);
      if (outcome.kind === 'ALREADY_ASSIGNED' && input.kind === 'CARE_PROCEEDINGS_STARTED') {
        await this.offers.offerAgainIfOptedOut(manager, await this.engine.activeAssignment(manager, childId), 'COURT_PROCEEDINGS', occurredOn);
      }
      const audited = this.outcomeAudit(caller, meta, childId, outcome, event.id);
      await this.audit.recordAll(manager, audited === null ? audits : [...audits, audited]);
      return this.result(manager, caller, childId, outcome.kind, today);
    });
  }

  async placementChanged(caller: Caller, input: RecordPlacementChangeInput, meta: RequestMeta): Promise<TriggerResultType> {
    const today = this.clock.today();
    const changedOn = assertPastOrToday(input.changedOn, 'changedOn', today);
    const whatChanged = input.whatChanged?.trim() || `The placement type changed to ${input.placementType.toUpperCase()}.`;
    let notifications: NotificationType[] = [];
    const result = await inTransaction(this.dataSource, async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      await this.engine.lockChild(manager, child.id);
      const episode = await this.records.episodes.latest(manager, child.id);
      const refusal = childCommandRefusal({ inCare: episode !== null && episode.endDate === null }, 'RECORD_PLACEMENT_CHANGE');
      if (refusal !== null) throw new DomainException('CONFLICT', refusal, { field: 'childId' });
      await this.records.children.setPlacementType(manager, child.id, input.placementType.toUpperCase());
      const assignment = await this.engine.activeAssignment(manager, child.id);
      const offeredAgain = (await this.offers.offerAgainIfOptedOut(manager, assignment, 'PLACEMENT_CHANGE', changedOn)) !== null;
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'child.placement_changed',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { changedOn },
      });
      // The one path for a change of placement: it is also a significant change, and the child's advocate hears at once.
      const draft = { kind: 'PLACEMENT' as const, occurredOn: changedOn, whatChanged, offeredAgain };
      notifications = (await this.records.significantChanges.recordWithin(manager, caller, child, draft, meta)).notifications;
      const outcome: AssignOutcome = assignment === null ? { kind: 'QUEUED', reason: 'NONE' } : { kind: 'ALREADY_ASSIGNED', assignment };
      return this.result(manager, caller, child.id, outcome.kind, today, { offeredAgain });
    });
    await this.records.significantChanges.push(notifications);
    return result;
  }

  /** The child leaves care: the episode closes, the advocate's place frees, waiting children move up. */
  async leftCare(caller: Caller, input: RecordLeftCareInput, meta: RequestMeta): Promise<TriggerResultType> {
    const today = this.clock.today();
    const leftOn = assertPastOrToday(input.leftOn, 'leftOn', today);
    return inTransaction(this.dataSource, async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      await this.engine.lockChild(manager, child.id);
      const episode = await this.records.episodes.latest(manager, child.id);
      const refusal = childCommandRefusal({ inCare: episode !== null && episode.endDate === null }, 'RECORD_LEFT_CARE');
      if (episode === null || refusal !== null) throw new DomainException('CONFLICT', refusal ?? '', { field: 'childId' });
      if (leftOn < episode.startDate) {
        throw new DomainException(
          'BAD_USER_INPUT',
          `The date the child left care cannot be before their period of care started on ${ukLongDate(episode.startDate)}.`,
          { field: 'leftOn' },
        );
      }
      await this.records.episodes.close(manager, episode.id, leftOn, input.reasonEnded ?? null);
      const assignment = await this.engine.activeAssignment(manager, child.id);
      const advocacyEndedOn = assignment === null ? null : leftOn < assignment.startedOn ? assignment.startedOn : leftOn;
      if (assignment !== null && advocacyEndedOn !== null) await this.engine.end(manager, assignment, advocacyEndedOn, 'LEFT_CARE', null);
      await this.records.assignments.stopWaitingOne(manager, child.id);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'child.left_care',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { leftOn },
      });
      await this.engine.drainQueue(manager, today);
      return this.result(manager, caller, child.id, 'QUEUED', today, { advocacyEndedOn });
    });
  }

  private async createChild(
    manager: EntityManager,
    caller: Caller,
    laId: string,
    input: NewChildInput,
    today: string,
    meta: RequestMeta,
    audits: AuditEntry[],
  ): Promise<string> {
    const dateOfBirth = assertPastOrToday(input.dateOfBirth, 'newChild.dateOfBirth', today);
    const ref = input.laChildRef.trim();
    const taken = () =>
      new DomainException('CONFLICT', `A child with your LA reference "${ref}" is already in Heard: record the event against that child.`, {
        field: 'newChild.laChildRef',
      });
    let siblingGroupId: string | null = null;
    if (input.siblingOfChildId != null) {
      // A reference already taken is the first thing to say, before anything about the brother or sister.
      if (await manager.existsBy(ChildEntity, { localAuthorityId: laId, laChildRef: ref })) throw taken();
      const sibling = await this.access.ownLaChild(manager, caller, input.siblingOfChildId);
      siblingGroupId = sibling.siblingGroupId ?? sibling.id;
      if (sibling.siblingGroupId === null) await this.records.children.setSiblingGroup(manager, sibling.id, siblingGroupId);
    }
    const child = await this.records.children.createIfNewRef(manager, {
      localAuthorityId: laId,
      laChildRef: ref,
      givenName: input.givenName.trim(),
      familyName: input.familyName.trim(),
      preferredName: input.preferredName?.trim() || null,
      dateOfBirth,
      sex: null,
      ethnicity: null,
      firstLanguage: input.firstLanguage?.trim() || null,
      communicationNeeds: input.communicationNeeds?.trim() || null,
      legalStatus: input.legalStatus?.toUpperCase() ?? null,
      placementType: input.placementType?.toUpperCase() ?? null,
      placementProvider: null,
      siblingGroupId,
      allocatedSocialWorkerId: null,
    });
    if (child === null) throw taken();
    audits.push({
      actor: { userId: caller.userId, role: caller.role },
      action: 'child.created',
      entity: 'child',
      entityId: child.id,
      meta,
    });
    return child.id;
  }

  /** The audit row of the event's outcome: the assignment made or the child queued (none when already assigned). */
  private outcomeAudit(caller: Caller, meta: RequestMeta, childId: string, outcome: EventAssignOutcome, eventId: string): AuditEntry | null {
    if (outcome.kind === 'ALREADY_ASSIGNED') return null;
    return {
      actor: { userId: caller.userId, role: caller.role },
      action: outcome.kind === 'ASSIGNED' ? 'assignment.created' : 'child.queued',
      entity: 'child',
      entityId: childId,
      meta,
      details:
        outcome.kind === 'ASSIGNED'
          ? { advocateId: outcome.assignment.advocateId, triggerEventId: eventId }
          : { reason: outcome.reason, triggerEventId: eventId },
    };
  }

  private async result(
    manager: EntityManager,
    caller: Caller,
    childId: string,
    outcome: AssignOutcome['kind'],
    today: string,
    what: { offeredAgain?: boolean; advocacyEndedOn?: string | null } = {},
  ): Promise<TriggerResultType> {
    const [child] = await childSummaries(manager, { kind: 'ids', ids: [childId] }, today, caller);
    if (child === undefined) throw notFound();
    const kind =
      outcome === 'ASSIGNED' ? AssignmentOutcome.ASSIGNED : outcome === 'ALREADY_ASSIGNED' ? AssignmentOutcome.ALREADY_ASSIGNED : AssignmentOutcome.QUEUED;
    return {
      child,
      outcome: child.advocate === null ? AssignmentOutcome.QUEUED : kind,
      advocate: child.advocate,
      offeredAgain: what.offeredAgain ?? false,
      advocacyEndedOn: what.advocacyEndedOn ?? null,
    };
  }
}
