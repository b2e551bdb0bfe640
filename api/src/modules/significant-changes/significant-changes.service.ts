import { Injectable } from '@nestjs/common';
import { portalHome, type Role, SIGNIFICANT_CHANGE_LABELS, type SignificantChangeKind, significantChangeOfferReason, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday, requireWords } from '../../common/validation/entered-input';
import { inTransaction } from '../../database/transactions';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { OffersService } from '../offers/offers.service';
import type { RecordSignificantChangeInput, SignificantChangesSinceLastMeetingType, SignificantChangeType } from './dto/significant-change.types';
import { type SignificantChangeRow, SignificantChangesRepository } from './significant-changes.repository';

export interface SignificantChangeDraft {
  kind: SignificantChangeKind;
  occurredOn: string;
  whatChanged: string;
  /** Whether the caller's path already made the offer again (a placement change does, in its trigger); undefined: not tried. */
  offeredAgain?: boolean;
}

/** The child's page, as the given role opens it. */
export function childPageAddress(role: string, childId: string): string {
  const area = role === 'ADVOCATE' || role === 'LA_MANAGER' ? portalHome(role as Role) : portalHome('COMMISSIONER_STAFF');
  return `${area}/children/${childId}`;
}

/**
 * Significant changes between meetings: recorded by a manager of the child's LA, each one tells the child's current
 * advocate at once (in the portal, by email and live), and only a change of placement makes the offer again.
 */
@Injectable()
export class SignificantChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly engine: AssignmentEngine,
    private readonly offers: OffersService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: SignificantChangesRepository,
  ) {}

  /** A change of legal status or to the care plan (a change of placement goes through recordPlacementChange). */
  async record(caller: Caller, input: RecordSignificantChangeInput, meta: RequestMeta): Promise<SignificantChangeType> {
    if (input.kind === 'PLACEMENT') {
      throw new DomainException('BAD_USER_INPUT', 'Record a change of placement with its new placement type, as a change of placement.', { field: 'kind' });
    }
    const occurredOn = assertPastOrToday(input.occurredOn, 'occurredOn', this.clock.today());
    const whatChanged = requireWords(input.whatChanged, 'whatChanged', 'what changed');
    const { change, notifications } = await inTransaction(this.dataSource, async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      await this.engine.lockChild(manager, child.id);
      return this.recordWithin(manager, caller, child, { kind: input.kind, occurredOn, whatChanged }, meta);
    });
    await this.notifications.push(notifications);
    return change;
  }

  /**
   * Records the change in the caller's transaction and notifies the child's current advocate; the caller pushes the
   * returned notifications once it commits. A change that re-offers and was not offered yet makes the offer here.
   */
  async recordWithin(
    manager: EntityManager,
    caller: Caller,
    child: ChildEntity,
    draft: SignificantChangeDraft,
    meta: RequestMeta,
  ): Promise<{ change: SignificantChangeType; notifications: NotificationType[] }> {
    const reason = significantChangeOfferReason(draft.kind);
    let offeredAgain = draft.offeredAgain ?? false;
    if (reason !== null && draft.offeredAgain === undefined) {
      const assignment = await this.engine.activeAssignment(manager, child.id);
      offeredAgain = (await this.offers.offerAgainIfOptedOut(manager, assignment, reason, draft.occurredOn)) !== null;
    }
    const row = await this.repository.insert(manager, {
      childId: child.id,
      kind: draft.kind,
      occurredOn: draft.occurredOn,
      whatChanged: draft.whatChanged,
      recordedByUserId: caller.userId,
      offeredAgain,
    });
    await this.audit.record(manager, {
      actor: { userId: caller.userId, role: caller.role },
      action: 'significant_change.recorded',
      entity: 'child',
      entityId: child.id,
      meta,
      details: { significantChangeId: row.id, kind: draft.kind, occurredOn: draft.occurredOn, offeredAgain },
    });
    const recipients = (await this.notifications.recipients(manager, { advocateOfChildId: child.id })).filter((r) => r.role === 'ADVOCATE');
    const notifications = await this.notifications.notify(manager, recipients, {
      kind: 'SIGNIFICANT_CHANGE',
      message: `${SIGNIFICANT_CHANGE_LABELS[draft.kind]} on ${ukLongDate(draft.occurredOn)} was recorded for a child you advocate for. You can ask for an earlier meeting.`,
      childName: `${child.givenName} ${child.familyName}`,
      link: (role) => childPageAddress(role, child.id),
      concernId: null,
      dedupeKey: `significant-change:${row.id}`,
    });
    return { change: shown(row), notifications };
  }

  /** Pushes committed notifications to the advocates' open portals. */
  push(notifications: readonly NotificationType[]): Promise<void> {
    return this.notifications.push(notifications);
  }

  async sinceLastMeeting(caller: Caller, childId: string, meta: RequestMeta): Promise<SignificantChangesSinceLastMeetingType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      const rows = await this.repository.sinceLastMeeting(manager, child.id);
      await this.audit.childReads(manager, { userId: caller.userId, role: caller.role }, meta, [child.id], 'significant_change.read', { count: rows.length });
      return { childId: child.id, lastMeetingOn: await this.repository.lastHeldOn(manager, child.id), changes: rows.map(shown) };
    });
  }
}

function shown(row: SignificantChangeRow): SignificantChangeType {
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind,
    kindLabel: SIGNIFICANT_CHANGE_LABELS[row.kind],
    occurredOn: row.occurred_on,
    whatChanged: row.what_changed,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at,
    offeredAgain: row.offered_again,
  };
}
