import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import type { NotificationType } from './dto/notification.type';
import { type EmailAttachment, NotificationsRepository, type RecipientRow } from './notifications.repository';
import { isUuid } from '../../common/validation/uuid';

export const NOTIFICATION_ADDED = 'notificationAdded';

export interface NewNotification {
  kind: string;
  /** What happened, naming no child: the email says this. */
  message: string;
  /** The child it is about: the in-app notification names them ("Amelia Hart: …"); the email never does. */
  childName?: string;
  link: (role: string) => string;
  concernId: string | null;
  /** The same key for the same user is notified once, however often or concurrently it is sent. */
  dedupeKey: string;
}

export type Recipient = RecipientRow;

/** In-app notifications with an email outbox, written in the caller's transaction and pushed after it commits. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  /** Writes one notification (and outbox email) per recipient not notified of this key before; returns what to push. */
  async notify(manager: EntityManager, recipients: readonly Recipient[], notification: NewNotification): Promise<NotificationType[]> {
    const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
    if (unique.length === 0) return [];
    const inserted = await this.repository.insert(manager, {
      userIds: unique.map((r) => r.userId),
      kind: notification.kind,
      message: notification.childName === undefined ? notification.message : `${notification.childName}: ${notification.message}`,
      links: unique.map((r) => notification.link(r.role)),
      concernId: notification.concernId,
      dedupeKey: notification.dedupeKey,
    });
    if (inserted.length > 0) {
      const emailOf = new Map(unique.map((r) => [r.userId, r.email]));
      await this.repository.queueEmails(
        manager,
        inserted.map((n) => ({
          notificationId: n.id,
          to: emailOf.get(n.user_id) ?? '',
          subject: 'Heard: something needs your attention',
          body: `${notification.message}\n\nSign in to Heard to see it: ${n.link}\n\nFor your privacy this email names no child.`,
        })),
      );
    }
    return inserted.map((n) => ({
      id: n.id,
      userId: n.user_id,
      kind: n.kind,
      message: n.message,
      link: n.link,
      concernId: n.concern_id,
      createdAt: n.created_at,
      read: false,
    }));
  }

  /** Pushes committed notifications to their users' open portals. */
  async push(notifications: readonly NotificationType[]): Promise<void> {
    for (const notification of notifications) await this.pubSub.publish(NOTIFICATION_ADDED, { [NOTIFICATION_ADDED]: notification });
  }

  async list(caller: Caller, unreadOnly: boolean): Promise<NotificationType[]> {
    const rows = await this.repository.list(this.dataSource, caller.userId, unreadOnly);
    return rows.map((n) => ({
      id: n.id,
      userId: caller.userId,
      kind: n.kind,
      message: n.message,
      link: n.link,
      concernId: n.concern_id,
      createdAt: n.created_at,
      read: n.read_at !== null,
    }));
  }

  async unreadCount(caller: Caller): Promise<number> {
    return this.repository.unreadCount(this.dataSource, caller.userId);
  }

  /** Marks the caller's own notifications read (all of them when `ids` is empty); returns the unread count left. */
  async markRead(caller: Caller, ids: readonly string[]): Promise<number> {
    if (ids.some((id) => !isUuid(id))) throw new DomainException('BAD_USER_INPUT', 'Choose notifications from your list to mark as read.', { field: 'ids' });
    await this.repository.markRead(this.dataSource, caller.userId, ids);
    return this.unreadCount(caller);
  }

  /** Users to tell about a child: the LA's managers, the child's current advocate, Commissioner staff, an LA's data protection officers. */
  async recipients(
    manager: EntityManager,
    who: { localAuthorityId?: string; advocateOfChildId?: string; commissionerStaff?: boolean; dataProtectionOfficersOf?: string },
  ): Promise<Recipient[]> {
    return this.repository.recipients(
      manager,
      who.localAuthorityId ?? null,
      who.advocateOfChildId ?? null,
      who.commissionerStaff === true,
      who.dataProtectionOfficersOf ?? null,
    );
  }

  /** Queues an email to someone without an account in Heard (a home's provider), in the caller's transaction. */
  async emailOutsider(manager: EntityManager, to: string, subject: string, body: string): Promise<void> {
    await this.repository.queueEmail(manager, to, subject, body);
  }

  /** Queues an email with a file attached (a meeting invitation and its calendar file), in the caller's transaction. */
  async emailWithAttachment(manager: EntityManager, to: string, subject: string, body: string, file: EmailAttachment): Promise<void> {
    await this.repository.queueEmailWithAttachment(manager, to, subject, body, file);
  }
}
