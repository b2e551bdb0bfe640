import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import type { NotificationType } from './dto/notification.type';

export const NOTIFICATION_ADDED = 'notificationAdded';

export interface NewNotification {
  kind: string;
  message: string;
  link: (role: string) => string;
  concernId: string | null;
  /** The same key for the same user is notified once, however often or concurrently it is sent. */
  dedupeKey: string;
}

export interface Recipient {
  userId: string;
  role: string;
  email: string;
}

interface InsertedRow {
  id: string;
  user_id: string;
  kind: string;
  message: string;
  link: string;
  concern_id: string | null;
  created_at: Date;
}

/** In-app notifications with an email outbox, written in the caller's transaction and pushed after it commits. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  /** Writes one notification (and outbox email) per recipient not notified of this key before; returns what to push. */
  async notify(manager: EntityManager, recipients: readonly Recipient[], notification: NewNotification): Promise<NotificationType[]> {
    const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
    if (unique.length === 0) return [];
    const inserted: InsertedRow[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, message, link, concern_id, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[])
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, kind, message, link, concern_id, created_at`,
      [
        unique.map((r) => r.userId),
        unique.map(() => notification.kind),
        unique.map(() => notification.message),
        unique.map((r) => notification.link(r.role)),
        unique.map(() => notification.concernId),
        unique.map(() => notification.dedupeKey),
      ],
    );
    if (inserted.length > 0) {
      const emailOf = new Map(unique.map((r) => [r.userId, r.email]));
      await manager.query(
        `INSERT INTO outbox_messages (notification_id, to_address, subject, body)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
        [
          inserted.map((n) => n.id),
          inserted.map((n) => emailOf.get(n.user_id) ?? ''),
          inserted.map(() => 'Heard: something needs your attention'),
          inserted.map((n) => `${n.message}\n\nSign in to Heard to see it: ${n.link}\n\nFor your privacy this email names no child.`),
        ],
      );
    }
    return inserted.map((n) => ({ id: n.id, userId: n.user_id, kind: n.kind, message: n.message, link: n.link, concernId: n.concern_id, createdAt: n.created_at, read: false }));
  }

  /** Pushes committed notifications to their users' open portals. */
  async push(notifications: readonly NotificationType[]): Promise<void> {
    for (const notification of notifications) await this.pubSub.publish(NOTIFICATION_ADDED, { [NOTIFICATION_ADDED]: notification });
  }

  async list(caller: Caller, unreadOnly: boolean): Promise<NotificationType[]> {
    const rows: Array<Omit<InsertedRow, 'user_id'> & { read_at: Date | null }> = await this.dataSource.query(
      `SELECT id, kind, message, link, concern_id, created_at, read_at FROM notifications
        WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT 100`,
      [caller.userId, unreadOnly],
    );
    return rows.map((n) => ({ id: n.id, userId: caller.userId, kind: n.kind, message: n.message, link: n.link, concernId: n.concern_id, createdAt: n.created_at, read: n.read_at !== null }));
  }

  async unreadCount(caller: Caller): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [caller.userId])) as Array<{ n: number }>;
    return row?.n ?? 0;
  }

  /** Marks the caller's own notifications read (all of them when `ids` is empty); returns the unread count left. */
  async markRead(caller: Caller, ids: readonly string[]): Promise<number> {
    if (ids.some((id) => !/^[0-9a-f-]{36}$/i.test(id))) throw new DomainException('BAD_USER_INPUT', 'ids must be notification ids.');
    await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND (cardinality($2::uuid[]) = 0 OR id = ANY($2::uuid[]))`,
      [caller.userId, ids],
    );
    return this.unreadCount(caller);
  }

  /** Users to tell about a child's concern: the LA's managers, the child's current advocate, Commissioner staff. */
  async recipients(manager: EntityManager, who: { localAuthorityId?: string; advocateOfChildId?: string; commissionerStaff?: boolean }): Promise<Recipient[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.role, u.email FROM users u
        WHERE u.active AND (
          (u.role = 'LA_MANAGER' AND u.local_authority_id = $1)
          OR (u.role = 'COMMISSIONER_STAFF' AND $3)
          OR (u.role = 'ADVOCATE' AND u.id IN (SELECT adv.user_id FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = $2 AND s.ended_on IS NULL)))`,
      [who.localAuthorityId ?? null, who.advocateOfChildId ?? null, who.commissionerStaff === true],
    );
  }
}
