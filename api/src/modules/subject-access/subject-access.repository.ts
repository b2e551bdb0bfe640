import { Injectable } from '@nestjs/common';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import type { SubjectAccessExportStatus } from './subject-access-export.entity';
import type { ExportedTable } from './subject-access.registry';

/** An export as its requester sees it (never its bytes). */
export interface ExportRow {
  id: string;
  child_id: string;
  child_name: string;
  requested_by_user_id: string;
  status: SubjectAccessExportStatus;
  progress: number;
  failure: string | null;
  zip_bytes: number | null;
  requested_at: Date;
  ready_at: Date | null;
  downloaded_at: Date | null;
  expires_at: Date | null;
  expired_at: Date | null;
}

/** A job this worker claimed: `attempts` is its fencing token. */
export interface ClaimedExportRow {
  id: string;
  child_id: string;
  attempts: number;
}

interface JsonRow {
  row: Record<string, unknown>;
}

const COLUMNS = `e.id, e.child_id, c.given_name || ' ' || c.family_name AS child_name, e.requested_by_user_id, e.status, e.progress, e.failure, e.zip_bytes,
                 e.requested_at, e.ready_at, e.downloaded_at, e.expires_at, e.expired_at`;
const FROM = `subject_access_exports e JOIN children c ON c.id = e.child_id`;
const OWNED = `id = $1 AND status = 'RUNNING' AND attempts = $2`;

/** The subject-access exports table (`subject_access_exports`), and the read of one child's rows from each registered table. */
@Injectable()
export class SubjectAccessRepository {
  async enqueue(sql: Sql, childId: string, userId: string): Promise<string> {
    const row = await sqlRow<{ id: string }>(sql, `INSERT INTO subject_access_exports (child_id, requested_by_user_id) VALUES ($1, $2) RETURNING id`, [
      childId,
      userId,
    ]);
    return row?.id ?? '';
  }

  one(sql: Sql, id: string): Promise<ExportRow | undefined> {
    return sqlRow<ExportRow>(sql, `SELECT ${COLUMNS} FROM ${FROM} WHERE e.id = $1`, [id]);
  }

  mine(sql: Sql, userId: string): Promise<ExportRow[]> {
    return sqlRows<ExportRow>(sql, `SELECT ${COLUMNS} FROM ${FROM} WHERE e.requested_by_user_id = $1 ORDER BY e.requested_at DESC, e.id LIMIT 100`, [userId]);
  }

  /** Claims the oldest waiting export, or one whose worker stopped beating for `staleSeconds` (FOR UPDATE SKIP LOCKED). */
  claimNext(sql: Sql, staleSeconds: number): Promise<ClaimedExportRow | undefined> {
    return sqlRow<ClaimedExportRow>(
      sql,
      `UPDATE subject_access_exports SET status = 'RUNNING', heartbeat_at = now(), attempts = attempts + 1, progress = 0
        WHERE id = (SELECT id FROM subject_access_exports
                     WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, child_id, attempts`,
      [staleSeconds],
    );
  }

  async progress(sql: Sql, job: ClaimedExportRow, percent: number): Promise<void> {
    await sqlRun(sql, `UPDATE subject_access_exports SET progress = $3, heartbeat_at = now() WHERE ${OWNED}`, [job.id, job.attempts, percent]);
  }

  /** Stores the ZIP and makes the export READY; false when another worker took it over. */
  async finish(sql: Sql, job: ClaimedExportRow, zip: Uint8Array, readyAt: Date, expiresAt: Date): Promise<boolean> {
    const row = await sqlRow<{ id: string }>(
      sql,
      `UPDATE subject_access_exports SET status = 'READY', progress = 100, zip = $3, zip_bytes = $4, ready_at = $5, expires_at = $6, heartbeat_at = now()
        WHERE ${OWNED} RETURNING id`,
      [job.id, job.attempts, Buffer.from(zip), zip.byteLength, readyAt, expiresAt],
    );
    return row !== undefined;
  }

  async fail(sql: Sql, job: ClaimedExportRow, status: 'FAILED' | 'QUEUED', failure: string | null): Promise<void> {
    await sqlRun(sql, `UPDATE subject_access_exports SET status = $3, failure = $4 WHERE ${OWNED}`, [job.id, job.attempts, status, failure]);
  }

  /**
   * Hands the ZIP over once: the READY row is locked, marked DOWNLOADED and its bytes removed in one statement, so of
   * two downloads at once exactly one gets the bytes (the other finds it no longer READY).
   */
  async takeZip(sql: Sql, id: string, userId: string, at: Date): Promise<Buffer | undefined> {
    const row = await sqlRow<{ zip: Buffer }>(
      sql,
      `WITH ready AS (SELECT id, zip FROM subject_access_exports WHERE id = $1 AND requested_by_user_id = $2 AND status = 'READY' FOR UPDATE)
       UPDATE subject_access_exports e SET status = 'DOWNLOADED', zip = NULL, downloaded_at = $3 FROM ready WHERE e.id = ready.id RETURNING ready.zip`,
      [id, userId, at],
    );
    return row?.zip;
  }

  /** Removes the ZIP of every READY export whose keeping time is over; returns the exports removed. */
  expire(sql: Sql, now: Date): Promise<{ id: string; child_id: string }[]> {
    return sqlRows<{ id: string; child_id: string }>(
      sql,
      `UPDATE subject_access_exports SET status = 'EXPIRED', zip = NULL, expired_at = $1 WHERE status = 'READY' AND expires_at <= $1 RETURNING id, child_id`,
      [now],
    );
  }

  /** One child's rows of one registered table, as JSON, in the table's order, without its omitted columns. */
  async rowsOf(sql: Sql, table: ExportedTable, childId: string): Promise<Record<string, unknown>[]> {
    const rows = await sqlRows<JsonRow>(sql, `SELECT to_jsonb(t) - $2::text[] AS row FROM ${table.table} t WHERE ${table.where} ORDER BY ${table.orderBy}`, [
      childId,
      [...(table.omit ?? [])],
    ]);
    return rows.map((r) => r.row);
  }
}
