import { Injectable } from '@nestjs/common';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';

/** A notification as written: one row per recipient. */
export interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  message: string;
  link: string;
  concern_id: string | null;
  created_at: Date;
}

/** A notification as its user lists it. */
export interface ListedNotificationRow extends Omit<NotificationRow, 'user_id'> {
  read_at: Date | null;
}

/** Someone to notify, with the address their email goes to. */
export interface RecipientRow {
  userId: string;
  role: string;
  email: string;
}

/** The notifications to write, one per user, all of one kind and key. */
export interface NotificationDrafts {
  userIds: string[];
  kind: string;
  message: string;
  links: string[];
  concernId: string | null;
  dedupeKey: string;
}

/** An email in the outbox: to a notified user (repeating their notification), or to someone without an account. */
export interface OutboxDraft {
  notificationId: string | null;
  to: string;
  subject: string;
  body: string;
}

/** A file sent with an email: its name, MIME type and text. */
export interface EmailAttachment {
  name: string;
  contentType: string;
  content: string;
}

/**
 * Owns: notifications, outbox_messages. Other features write them through `NotificationsService`.
 * Reads users (who is told) and the current assignments (the child's advocate).
 */
@Injectable()
export class NotificationsRepository {
  /** Writes the notifications not written before for their user and key; returns those written. */
  async insert(sql: Sql, drafts: NotificationDrafts): Promise<NotificationRow[]> {
    return sqlRows<NotificationRow>(
      sql,
      `INSERT INTO notifications (user_id, kind, message, link, concern_id, dedupe_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[])
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id, user_id, kind, message, link, concern_id, created_at`,
      [
        drafts.userIds,
        drafts.userIds.map(() => drafts.kind),
        drafts.userIds.map(() => drafts.message),
        drafts.links,
        drafts.userIds.map(() => drafts.concernId),
        drafts.userIds.map(() => drafts.dedupeKey),
      ],
    );
  }

  /** Queues emails for the mail sender, in one statement. */
  async queueEmails(sql: Sql, emails: readonly OutboxDraft[]): Promise<void> {
    await sqlRun(
      sql,
      `INSERT INTO outbox_messages (notification_id, to_address, subject, body)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [emails.map((e) => e.notificationId), emails.map((e) => e.to), emails.map((e) => e.subject), emails.map((e) => e.body)],
    );
  }

  /** Queues one email to someone without an account in Heard (no notification repeats it). */
  async queueEmail(sql: Sql, to: string, subject: string, body: string): Promise<void> {
    await sqlRun(sql, `INSERT INTO outbox_messages (notification_id, to_address, subject, body) VALUES (NULL, $1, $2, $3)`, [to, subject, body]);
  }

  /** Queues one email with a file attached (a meeting invitation's calendar file). */
  async queueEmailWithAttachment(sql: Sql, to: string, subject: string, body: string, file: EmailAttachment): Promise<void> {
    await sqlRun(
      sql,
      `INSERT INTO outbox_messages (notification_id, to_address, subject, body, attachment_name, attachment_content_type, attachment)
       VALUES (NULL, $1, $2, $3, $4, $5, $6)`,
      [to, subject, body, file.name, file.contentType, file.content],
    );
  }

  /** The user's latest notifications (only the unread ones with `unreadOnly`), newest first, at most 100. */
  async list(sql: Sql, userId: string, unreadOnly: boolean): Promise<ListedNotificationRow[]> {
    return sqlRows<ListedNotificationRow>(
      sql,
      `SELECT id, kind, message, link, concern_id, created_at, read_at FROM notifications
        WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT 100`,
      [userId, unreadOnly],
    );
  }

  async unreadCount(sql: Sql, userId: string): Promise<number> {
    const row = await sqlRow<{ n: number }>(sql, `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return row?.n ?? 0;
  }

  /** Marks the user's own notifications read: these ids, or all of them when `ids` is empty. */
  async markRead(sql: Sql, userId: string, ids: readonly string[]): Promise<void> {
    await sqlRun(
      sql,
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND (cardinality($2::uuid[]) = 0 OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
  }

  /** Active users to tell: the LA's managers, the child's current advocate, and (when asked) Commissioner staff. */
  async recipients(
    sql: Sql,
    localAuthorityId: string | null,
    advocateOfChildId: string | null,
    commissionerStaff: boolean,
    dataProtectionOfficersOf: string | null = null,
  ): Promise<RecipientRow[]> {
    return sqlRows<RecipientRow>(
      sql,
      `SELECT u.id AS "userId", u.role, u.email FROM users u
        WHERE u.active AND (
          (u.role = 'LA_MANAGER' AND u.local_authority_id = $1)
          OR (u.role = 'COMMISSIONER_STAFF' AND $3)
          OR (u.role = 'DATA_PROTECTION_OFFICER' AND u.local_authority_id = $4)
          OR (u.role = 'ADVOCATE' AND u.id IN (SELECT adv.user_id FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = $2 AND s.ended_on IS NULL)))`,
      [localAuthorityId, advocateOfChildId, commissionerStaff, dataProtectionOfficersOf],
    );
  }
}
