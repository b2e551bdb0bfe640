import { Inject, Injectable } from '@nestjs/common';
import { acknowledgementDeadline, byDeadlineWords, formatLondonTime, londonDate, safeguardingAlertStatus, ukLongDate, WorkingDayCalendar } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { requireWords } from '../../common/validation/entered-input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService, type Recipient } from '../notifications/notifications.service';
import { EVERY_PARTY } from './concern-access.service';
import { CONCERN_UPDATED, concernUpdate, type ConcernUpdatePayload } from './concern-updates';
import type { ConcernEntity } from './concern.entity';
import { ConcernsRepository } from './concerns.repository';
import { concernLink } from './concerns.service';
import { type SafeguardingAlertStatusEnum, type SafeguardingAlertType } from './dto/safeguarding.types';
import { type AlertRow, SafeguardingRepository } from './safeguarding.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const LA_MANAGERS = 'the local authority’s managers';

interface Published {
  update: ConcernUpdatePayload;
  notifications: NotificationType[];
}

/**
 * The safeguarding fast path: an advocate's immediate safeguarding concern bypasses the ladder. The LA's named
 * contact is told at once and must acknowledge by the deadline (`acknowledgementDeadline`); each step is on the
 * concern's timeline, audited, in one transaction with its notifications.
 */
@Injectable()
export class SafeguardingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly children: ChildAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly concerns: ConcernsRepository,
    private readonly repository: SafeguardingRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  async raise(caller: Caller, input: { childId: string; whatHappened: string; childSaid: string }, meta: RequestMeta): Promise<SafeguardingAlertType> {
    const whatHappened = requireWords(input.whatHappened, 'whatHappened', 'what has happened');
    const childSaid = requireWords(input.childSaid, 'childSaid', 'what the child has said');
    const raisedAt = this.clock.now();
    const today = londonDate(raisedAt);
    const deadline = acknowledgementDeadline(raisedAt, this.calendar, this.config.safeguardingHours);
    const { alert, published } = await inTransaction(this.dataSource, async (manager) => {
      await this.children.currentAdvocate(manager, caller, input.childId);
      const child = await this.children.readable(manager, caller, input.childId);
      const concern = await this.concerns.insert(manager, {
        childId: child.id,
        localAuthorityId: child.localAuthorityId,
        raisedByUserId: caller.userId,
        fromActionId: null,
        fromRecommendationId: null,
        whatIsWrong: whatHappened,
        childWants: childSaid,
        themes: ['SAFETY'],
        raisedOn: today,
        stage: 'INFORMAL',
        status: 'OPEN',
        stageEnteredOn: today,
        stageDeadline: null,
        respondedAtStage: false,
        informationDueOn: null,
        triaged: false,
        reachedCommissionerOn: null,
        overdueNotifiedKey: null,
        outcome: null,
      });
      const contact = await this.repository.contact(manager, child.localAuthorityId);
      const toldWho = contact === undefined ? LA_MANAGERS : contact.name;
      const alertId = await this.repository.insertAlert(manager, {
        concernId: concern.id,
        localAuthorityId: child.localAuthorityId,
        raisedAt,
        dueAt: deadline.dueAt,
        contactName: contact?.name ?? null,
      });
      await this.concerns.appendEvent(
        manager,
        concern.id,
        concern.stage,
        caller,
        { kind: 'SAFEGUARDING_RAISED', asked: whatHappened, answer: childSaid, details: { alertId, dueAt: deadline.dueAt.toISOString() } },
        EVERY_PARTY,
      );
      await this.concerns.appendEvent(
        manager,
        concern.id,
        concern.stage,
        null,
        {
          kind: 'SAFEGUARDING_CONTACT_TOLD',
          answer: `Heard told ${toldWho} at once. ${deadline.sentence}`,
          details: { alertId, toldWho, dueAt: deadline.dueAt.toISOString() },
        },
        EVERY_PARTY,
      );
      await this.audit.record(manager, {
        actor: caller,
        action: 'safeguarding.raise',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { concernId: concern.id, alertId, dueAt: deadline.dueAt.toISOString() },
      });
      const acknowledger = contact === undefined ? undefined : await this.repository.userRecipient(manager, contact.acknowledger_user_id);
      const recipients: Recipient[] =
        acknowledger === undefined ? await this.notifications.recipients(manager, { localAuthorityId: child.localAuthorityId }) : [acknowledger];
      const message = `An advocate has raised an immediate safeguarding concern about a child in your care. Acknowledge it ${byDeadlineWords(deadline.dueAt)}.`;
      const notified = await this.notify(manager, concern, recipients, 'SAFEGUARDING_RAISED', message, `safeguarding:${alertId}:raised`);
      if (contact !== undefined && contact.email.toLowerCase() !== (acknowledger?.email ?? '').toLowerCase()) {
        await this.notifications.emailOutsider(
          manager,
          contact.email,
          'Heard: an immediate safeguarding concern',
          `${message}\n\nSign in to Heard to see it.\n\nFor your privacy this email names no child.`,
        );
      }
      return {
        alert: toType(await this.mustRead(manager, alertId), this.clock.now(), deadline.sentence),
        published: await this.update(manager, concern, 'SAFEGUARDING_RAISED', notified),
      };
    });
    await this.publish(published);
    return alert;
  }

  /** The LA's managers acknowledge; another LA's alert is NOT_FOUND (ids cannot be probed), and a second acknowledgement is a CONFLICT. */
  async acknowledge(caller: Caller, alertId: string, meta: RequestMeta): Promise<SafeguardingAlertType> {
    const { alert, published } = await inTransaction(this.dataSource, async (manager) => {
      const found = UUID.test(alertId) ? await this.repository.alert(manager, alertId) : undefined;
      if (found === undefined || caller.localAuthorityId !== found.local_authority_id)
        throw new DomainException('NOT_FOUND', 'No safeguarding alert with that id.');
      const concern = await this.concerns.find(manager, found.concern_id, true);
      if (concern === null) throw new DomainException('NOT_FOUND', 'No safeguarding alert with that id.');
      const now = this.clock.now();
      if (!(await this.repository.acknowledge(manager, alertId, caller.userId, now)))
        throw new DomainException('CONFLICT', 'This safeguarding alert has already been acknowledged.');
      const onTime = now.getTime() <= found.due_at.getTime();
      const lateBy = Math.ceil((now.getTime() - found.due_at.getTime()) / 60_000);
      await this.concerns.appendEvent(
        manager,
        concern.id,
        concern.stage,
        caller,
        {
          kind: 'SAFEGUARDING_ACKNOWLEDGED',
          answer: `Acknowledged at ${formatLondonTime(now)} on ${ukLongDate(londonDate(now))}, ${onTime ? 'on time' : `${lateBy} minutes after the deadline`}.`,
          details: { alertId, onTime },
        },
        EVERY_PARTY,
      );
      await this.audit.record(manager, {
        actor: caller,
        action: 'safeguarding.acknowledge',
        entity: 'child',
        entityId: concern.childId,
        meta,
        details: { concernId: concern.id, alertId, onTime },
      });
      const advocates = await this.notifications.recipients(manager, { advocateOfChildId: concern.childId });
      const notified = await this.notify(
        manager,
        concern,
        advocates,
        'SAFEGUARDING_ACKNOWLEDGED',
        'The local authority has acknowledged the immediate safeguarding concern you raised.',
        `safeguarding:${alertId}:acknowledged`,
      );
      return {
        alert: toType(await this.mustRead(manager, alertId), now),
        published: await this.update(manager, concern, 'SAFEGUARDING_ACKNOWLEDGED', notified),
      };
    });
    await this.publish(published);
    return alert;
  }

  /** The caller's LA's alerts waiting for acknowledgement, audited as a read of those children. */
  async waiting(caller: Caller, meta: RequestMeta): Promise<SafeguardingAlertType[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const rows = caller.localAuthorityId === null ? [] : await this.repository.waiting(manager, caller.localAuthorityId);
      await this.audit.record(manager, {
        actor: caller,
        action: 'safeguarding.list',
        entity: 'local_authority',
        entityId: caller.localAuthorityId,
        meta,
        childIds: [...new Set(rows.map((r) => r.child_id))],
      });
      const now = this.clock.now();
      return rows.map((r) => toType(r, now));
    });
  }

  /** Tells people about a step, never naming the child in email. */
  async notify(
    manager: EntityManager,
    concern: ConcernEntity,
    recipients: readonly Recipient[],
    kind: string,
    message: string,
    dedupeKey: string,
  ): Promise<NotificationType[]> {
    return this.notifications.notify(manager, recipients, {
      kind,
      message,
      childName: await this.concerns.childName(manager, concern.childId),
      link: (role) => concernLink(role, concern.id),
      concernId: concern.id,
      dedupeKey,
    });
  }

  async update(manager: EntityManager, concern: ConcernEntity, kind: string, notifications: NotificationType[]): Promise<Published> {
    return { update: concernUpdate(await this.concerns.currentAdvocateUserIds(manager, concern.childId), concern, kind, EVERY_PARTY), notifications };
  }

  async publish(published: Published): Promise<void> {
    await this.pubSub.publish(CONCERN_UPDATED, { [CONCERN_UPDATED]: published.update });
    await this.notifications.push(published.notifications);
  }

  private async mustRead(manager: EntityManager, alertId: string): Promise<AlertRow> {
    const row = await this.repository.alert(manager, alertId);
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No safeguarding alert with that id.');
    return row;
  }
}

export function toType(row: AlertRow, now: Date, sentence?: string): SafeguardingAlertType {
  return {
    id: row.id,
    concernId: row.concern_id,
    childId: row.child_id,
    childName: row.child_name,
    localAuthorityName: row.la_name,
    toldWho: row.contact_name ?? LA_MANAGERS,
    raisedAt: row.raised_at,
    dueAt: row.due_at,
    deadlineExplained: sentence ?? `It must be acknowledged ${byDeadlineWords(row.due_at)}.`,
    status: safeguardingAlertStatus(row.due_at, row.acknowledged_at, now) as SafeguardingAlertStatusEnum,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedByName: row.acknowledged_by_name,
  };
}
