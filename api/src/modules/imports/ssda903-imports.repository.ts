import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import type { ImportRejectionType } from './dto/import.types';
import type { RowOutcome } from './import-rejection.entity';
import type { Findings } from './import-findings';
import type { Rejection } from './return-reader';
import { type ImportCounts, Ssda903ImportEntity } from './ssda903-import.entity';

/** An import as an LA manager sees it. */
export interface ImportRow {
  id: string;
  status: string;
  imported_by: string;
  started_at: Date;
  finished_at: Date | null;
  children_total: number;
  children_done: number;
  counts: ImportCounts | null;
  failure: string | null;
  same_files_as: string | null;
}

interface IdRow {
  id: string;
}

const SELECT = `SELECT i.id, i.status, u.display_name AS imported_by, i.started_at, i.finished_at, i.children_total, i.children_done, i.counts, i.failure,
    (SELECT e.id FROM ssda903_imports e WHERE e.local_authority_id = i.local_authority_id AND e.checksum = i.checksum AND e.status = 'COMPLETED'
      AND e.started_at < i.started_at ORDER BY e.started_at LIMIT 1) AS same_files_as
  FROM ssda903_imports i JOIN users u ON u.id = i.imported_by_user_id`;

/** The imports' own tables (`ssda903_imports`, `ssda903_import_rejections`): progress, liveness, outcome and reads. */
@Injectable()
export class Ssda903ImportsRepository {
  /** Records an import as RUNNING, claimed by this process; returns its id. */
  async start(manager: EntityManager, run: { localAuthorityId: string; importedByUserId: string; checksum: string; claimedBy: string }): Promise<string> {
    const inserted = await manager.insert(Ssda903ImportEntity, {
      ...run,
      status: 'RUNNING',
      counts: null,
      failure: null,
      finishedAt: null,
      heartbeatAt: () => 'now()',
    });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  async setTotal(sql: Sql, id: string, childrenTotal: number): Promise<void> {
    await sqlRun(sql, `UPDATE ssda903_imports SET children_total = $2 WHERE id = $1`, [id, childrenTotal]);
  }

  async setDone(sql: Sql, id: string, childrenDone: number): Promise<void> {
    await sqlRun(sql, `UPDATE ssda903_imports SET children_done = $2 WHERE id = $1`, [id, childrenDone]);
  }

  async complete(manager: EntityManager, id: string, childrenDone: number, counts: ImportCounts): Promise<void> {
    await manager.update(Ssda903ImportEntity, { id }, { status: 'COMPLETED', childrenDone, counts, finishedAt: new Date() });
  }

  async fail(sql: Sql, id: string, failure: string): Promise<void> {
    await sqlRun(sql, `UPDATE ssda903_imports SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`, [id, failure]);
  }

  /** Saves the import's rejected and skipped rows and its warnings, in file and row order, a thousand per statement. */
  async saveFindings(manager: EntityManager, importId: string, findings: Findings): Promise<void> {
    const lists: Array<[RowOutcome, readonly Rejection[]]> = [
      ['REJECTED', findings.rejections],
      ['SKIPPED', findings.skipped],
      ['WARNING', findings.warnings],
    ];
    for (const [outcome, rows] of lists) {
      const sorted = [...rows].sort((a, b) => a.file.localeCompare(b.file) || a.rowNumber - b.rowNumber);
      for (let i = 0; i < sorted.length; i += 1000) {
        const batch = sorted.slice(i, i + 1000);
        await sqlRun(
          manager,
          `INSERT INTO ssda903_import_rejections (import_id, outcome, file, row_number, "column", reason, reason_code, child_ref)
           SELECT $1, $2, * FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])`,
          [
            importId,
            outcome,
            batch.map((r) => r.file),
            batch.map((r) => r.rowNumber),
            batch.map((r) => r.column),
            batch.map((r) => r.reason),
            batch.map((r) => r.code),
            batch.map((r) => r.child),
          ],
        );
      }
    }
  }

  /** Marks every import this process still runs as FAILED. */
  async failClaimed(sql: Sql, claimedBy: string, failure: string): Promise<void> {
    await sqlRun(sql, `UPDATE ssda903_imports SET status = 'FAILED', failure = $2, finished_at = now() WHERE claimed_by = $1 AND status = 'RUNNING'`, [
      claimedBy,
      failure,
    ]);
  }

  /** Marks RUNNING imports of other processes silent for `staleSeconds` as FAILED; returns their ids. */
  async failStale(sql: Sql, staleSeconds: number, failure: string, claimedBy: string): Promise<string[]> {
    const rows = await sqlRows<IdRow>(
      sql,
      `UPDATE ssda903_imports SET status = 'FAILED', failure = $2, finished_at = now()
        WHERE status = 'RUNNING' AND claimed_by IS DISTINCT FROM $3 AND coalesce(heartbeat_at, started_at) < now() - make_interval(secs => $1)
        RETURNING id`,
      [staleSeconds, failure, claimedBy],
    );
    return rows.map((r) => r.id);
  }

  async heartbeat(sql: Sql, ids: readonly string[], claimedBy: string): Promise<void> {
    await sqlRun(sql, `UPDATE ssda903_imports SET heartbeat_at = now() WHERE id = ANY($1::uuid[]) AND claimed_by = $2 AND status = 'RUNNING'`, [
      ids,
      claimedBy,
    ]);
  }

  /** The LA's latest 50 imports, newest first. */
  list(sql: Sql, localAuthorityId: string): Promise<ImportRow[]> {
    return sqlRows<ImportRow>(sql, `${SELECT} WHERE i.local_authority_id = $1 ORDER BY i.started_at DESC LIMIT 50`, [localAuthorityId]);
  }

  one(sql: Sql, id: string, localAuthorityId: string): Promise<ImportRow | undefined> {
    return sqlRow<ImportRow>(sql, `${SELECT} WHERE i.id = $1 AND i.local_authority_id = $2`, [id, localAuthorityId]);
  }

  /** The import's rejected rows (or skipped rows, or warnings) in file and row order; the first `limit` when given. */
  rejections(sql: Sql, importId: string, limit?: number, outcome: RowOutcome = 'REJECTED'): Promise<ImportRejectionType[]> {
    return sqlRows<ImportRejectionType>(
      sql,
      `SELECT file, row_number AS "rowNumber", "column", reason FROM ssda903_import_rejections WHERE import_id = $1 AND outcome = $2
        ORDER BY file, row_number, id${limit === undefined ? '' : ` LIMIT ${limit}`}`,
      [importId, outcome],
    );
  }
}
