import { Injectable } from '@nestjs/common';
import type { ChildChannelKind, ChildChannelReplyMethod } from '@heard/domain';
import { sqlAffected, sqlRow, sqlRows, type Sql } from '../../database/sql';

export interface LinkRow {
  id: string;
  child_id: string;
  created_at: Date;
  revoked_at: Date | null;
}

export interface MessageRow {
  id: string;
  child_id: string;
  kind: ChildChannelKind;
  text: string | null;
  call_time: string | null;
  urgent: boolean;
  sent_at: Date;
  reply_due_at: Date;
  replied_at: Date | null;
  reply_method: ChildChannelReplyMethod | null;
  reply_note: string | null;
}

export interface NewMessage {
  childId: string;
  linkId: string;
  kind: ChildChannelKind;
  text: string | null;
  callTime: string | null;
  urgent: boolean;
  sentAt: Date;
  replyDueAt: Date;
}

/** A child's message as the annual report counts it. */
export interface ReportMessageRow {
  la: string;
  reply_due_at: Date;
  replied_at: Date | null;
}

const MESSAGE_COLUMNS = 'id, child_id, kind, text, call_time, urgent, sent_at, reply_due_at, replied_at, reply_method, reply_note';

/** The child channel's tables: secret links (hashes only) and the messages sent through them. */
@Injectable()
export class ChildChannelRepository {
  /** Revokes the child's live link, if any, and stores a new one's hash; returns the new link. */
  async replaceLink(sql: Sql, childId: string, tokenHash: string, userId: string): Promise<LinkRow> {
    await this.revokeLive(sql, childId, userId);
    const row = await sqlRow<LinkRow>(
      sql,
      `INSERT INTO child_channel_links (child_id, token_hash, created_by_user_id) VALUES ($1, $2, $3) RETURNING id, child_id, created_at, revoked_at`,
      [childId, tokenHash, userId],
    );
    if (row === undefined) throw new Error('The new link was not stored');
    return row;
  }

  /** Revokes the child's live link; false when there was none. */
  async revokeLive(sql: Sql, childId: string, userId: string): Promise<boolean> {
    const affected = await sqlAffected(
      sql,
      `UPDATE child_channel_links SET revoked_at = now(), revoked_by_user_id = $2 WHERE child_id = $1 AND revoked_at IS NULL`,
      [childId, userId],
    );
    return affected > 0;
  }

  async liveLink(sql: Sql, childId: string): Promise<LinkRow | undefined> {
    return sqlRow<LinkRow>(sql, `SELECT id, child_id, created_at, revoked_at FROM child_channel_links WHERE child_id = $1 AND revoked_at IS NULL`, [childId]);
  }

  /** The live link with this hash and the first name source of the child's current advocate (locks the link). */
  async liveLinkByHash(sql: Sql, tokenHash: string): Promise<(LinkRow & { advocate_name: string | null }) | undefined> {
    return sqlRow<LinkRow & { advocate_name: string | null }>(
      sql,
      `SELECT l.id, l.child_id, l.created_at, l.revoked_at,
              (SELECT u.display_name FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id JOIN users u ON u.id = adv.user_id
                WHERE a.child_id = l.child_id AND a.ended_on IS NULL LIMIT 1) AS advocate_name
         FROM child_channel_links l WHERE l.token_hash = $1 AND l.revoked_at IS NULL`,
      [tokenHash],
    );
  }

  async insertMessage(sql: Sql, message: NewMessage): Promise<MessageRow> {
    const row = await sqlRow<MessageRow>(
      sql,
      `INSERT INTO child_channel_messages (child_id, link_id, kind, text, call_time, urgent, sent_at, reply_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${MESSAGE_COLUMNS}`,
      [message.childId, message.linkId, message.kind, message.text, message.callTime, message.urgent, message.sentAt, message.replyDueAt],
    );
    if (row === undefined) throw new Error('The message was not stored');
    return row;
  }

  async messagesOf(sql: Sql, childId: string): Promise<MessageRow[]> {
    return sqlRows<MessageRow>(sql, `SELECT ${MESSAGE_COLUMNS} FROM child_channel_messages WHERE child_id = $1 ORDER BY sent_at DESC`, [childId]);
  }

  /** For the annual report: each message children sent from `from` to `to` (London dates), with its LA, reply deadline and reply. */
  reportMessages(sql: Sql, from: string, to: string): Promise<ReportMessageRow[]> {
    return sqlRows<ReportMessageRow>(
      sql,
      `SELECT c.local_authority_id AS la, m.reply_due_at, m.replied_at FROM child_channel_messages m JOIN children c ON c.id = m.child_id
        WHERE m.sent_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London' AND m.sent_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London'`,
      [from, to],
    );
  }

  async message(sql: Sql, messageId: string): Promise<MessageRow | undefined> {
    return sqlRow<MessageRow>(sql, `SELECT ${MESSAGE_COLUMNS} FROM child_channel_messages WHERE id = $1`, [messageId]);
  }

  /** Records the reply only if none is recorded yet: the loser of two parallel replies gets nothing back. */
  async markReplied(
    sql: Sql,
    reply: { messageId: string; userId: string; method: ChildChannelReplyMethod; note: string | null; at: Date },
  ): Promise<MessageRow | undefined> {
    return sqlRow<MessageRow>(
      sql,
      `UPDATE child_channel_messages SET replied_at = $5, replied_by_user_id = $2, reply_method = $3, reply_note = $4
        WHERE id = $1 AND replied_at IS NULL RETURNING ${MESSAGE_COLUMNS}`,
      [reply.messageId, reply.userId, reply.method, reply.note, reply.at],
    );
  }

  /**
   * Flags every unreplied message whose reply deadline has passed (after it, as replyStatus says OVERDUE) and that is not flagged yet, in one conditional
   * UPDATE: a second process running at once waits on the same rows, re-checks the condition, and flags none of them.
   */
  async flagOverdue(sql: Sql, now: Date): Promise<Array<{ id: string; child_id: string; link_id: string }>> {
    return sqlRows<{ id: string; child_id: string; link_id: string }>(
      sql,
      `UPDATE child_channel_messages SET overdue_flagged_at = $1
        WHERE replied_at IS NULL AND overdue_flagged_at IS NULL AND reply_due_at < $1
        RETURNING id, child_id, link_id`,
      [now],
    );
  }

  /** The name the advocate's in-app notification uses (the email never names the child). */
  async childName(sql: Sql, childId: string): Promise<string> {
    const row = await sqlRow<{ name: string }>(sql, `SELECT coalesce(preferred_name, given_name) AS name FROM children WHERE id = $1`, [childId]);
    return row?.name ?? 'A child';
  }
}
