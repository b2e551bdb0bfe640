import { Injectable } from '@nestjs/common';
import type { ReportingPeriod } from '@heard/domain';
import type { ReportModel } from '@heard/report';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import type { ReportJobType } from './dto/report.types';

export interface LocalAuthorityRow {
  id: string;
  name: string;
}

/** A job this worker claimed: `attempts` is its fencing token. */
export interface ClaimedJobRow {
  id: string;
  year: number;
  requested_by_user_id: string;
  attempts: number;
}

/** A stored report version; `national` is empty for a list, `own` the caller's LA's section or null. */
export interface StoredReportRow {
  id: string;
  year: number;
  version: number;
  checksum: string;
  generated_by: string;
  created_at: Date;
  national: ReportModel;
  own: ReportModel | null;
  /** The national model's period; null for a version stored before reports had one (a whole year). */
  period: ReportingPeriod | null;
}

interface IdRow {
  id: string;
}

/** Only the worker that holds the claim (same attempt) may change a running job. */
const OWNED = `id = $1 AND status = 'RUNNING' AND attempts = $2`;

/** The annual report's tables: the job queue (`report_jobs`) and the stored versions (`annual_reports`). */
@Injectable()
export class ReportsRepository {
  /** Every LA, in code order: the scopes of a national report. */
  localAuthorities(sql: Sql): Promise<LocalAuthorityRow[]> {
    return sqlRows<LocalAuthorityRow>(sql, `SELECT id, name FROM local_authorities ORDER BY code, id`);
  }

  async enqueue(sql: Sql, year: number, userId: string): Promise<string> {
    return (await sqlRow<IdRow>(sql, `INSERT INTO report_jobs (year, requested_by_user_id) VALUES ($1, $2) RETURNING id`, [year, userId]))?.id ?? '';
  }

  job(sql: Sql, id: string): Promise<ReportJobType | undefined> {
    return sqlRow<ReportJobType>(sql, `SELECT id, year, status, progress, report_id AS "reportId", failure FROM report_jobs WHERE id = $1`, [id]);
  }

  /** Claims the oldest waiting job, or one whose worker stopped beating for `staleSeconds` (FOR UPDATE SKIP LOCKED). */
  claimNext(sql: Sql, staleSeconds: number): Promise<ClaimedJobRow | undefined> {
    return sqlRow<ClaimedJobRow>(
      sql,
      `UPDATE report_jobs SET status = 'RUNNING', heartbeat_at = now(), attempts = attempts + 1, progress = 0
        WHERE id = (SELECT id FROM report_jobs WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, year, requested_by_user_id, attempts`,
      [staleSeconds],
    );
  }

  async progress(sql: Sql, job: ClaimedJobRow, percent: number): Promise<void> {
    await sqlRun(sql, `UPDATE report_jobs SET progress = $3, heartbeat_at = now() WHERE ${OWNED}`, [job.id, job.attempts, percent]);
  }

  /** Marks the job done; false when another worker took it over. */
  async finish(sql: Sql, job: ClaimedJobRow): Promise<boolean> {
    return (
      (await sqlRow<IdRow>(sql, `UPDATE report_jobs SET status = 'DONE', progress = 100, heartbeat_at = now() WHERE ${OWNED} RETURNING id`, [
        job.id,
        job.attempts,
      ])) !== undefined
    );
  }

  /** Stores the next version of the job's year (numbered under a per-year advisory lock) and links it to the job. */
  async storeVersion(
    sql: Sql,
    job: ClaimedJobRow,
    report: { checksum: string; national: ReportModel; byLocalAuthority: Record<string, ReportModel> },
  ): Promise<void> {
    await sqlRun(sql, `SELECT pg_advisory_xact_lock(hashtext('annual_reports.version'), $1)`, [job.year]);
    const saved = await sqlRow<IdRow>(
      sql,
      `INSERT INTO annual_reports (year, version, checksum, generated_by_user_id, national, by_local_authority)
       SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5 FROM annual_reports WHERE year = $1 RETURNING id`,
      [job.year, report.checksum, job.requested_by_user_id, JSON.stringify(report.national), JSON.stringify(report.byLocalAuthority)],
    );
    await sqlRun(sql, `UPDATE report_jobs SET report_id = $2 WHERE id = $1`, [job.id, saved?.id]);
  }

  async fail(sql: Sql, job: ClaimedJobRow, status: 'FAILED' | 'QUEUED', failure: string | null): Promise<void> {
    await sqlRun(sql, `UPDATE report_jobs SET status = $3, failure = $4 WHERE ${OWNED}`, [job.id, job.attempts, status, failure]);
  }

  /** The latest 50 versions (or the one with `id`), with the LA section of `localAuthorityId` when given; the national model only for one. */
  stored(sql: Sql, localAuthorityId: string | null, id: string | null): Promise<StoredReportRow[]> {
    return sqlRows<StoredReportRow>(
      sql,
      `SELECT r.id, r.year, r.version, r.checksum, u.display_name AS generated_by, r.created_at, ${id === null ? `'{}'::jsonb` : 'r.national'} AS national, r.national -> 'period' AS period,
              CASE WHEN $1::uuid IS NULL THEN NULL ELSE r.by_local_authority -> ($1::uuid)::text END AS own
         FROM annual_reports r JOIN users u ON u.id = r.generated_by_user_id
        WHERE ($2::uuid IS NULL OR r.id = $2::uuid) ORDER BY r.year DESC, r.version DESC LIMIT 50`,
      [localAuthorityId, id],
    );
  }
}
