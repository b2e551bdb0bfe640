import { Injectable } from '@nestjs/common';
import { type Sql, sqlRows } from '../../database/sql';
import type { RowOutcome } from './import-rejection.entity';

/** One group of an import's findings: its outcome, file, column and kind, and how many rows it has. */
export interface FindingGroupRow {
  outcome: RowOutcome;
  file: string;
  column: string;
  code: string | null;
  count: number;
  first_row: number;
}

/** One of the first rows of a group. */
export interface FindingFirstRow {
  outcome: RowOutcome;
  file: string;
  column: string;
  code: string | null;
  row_number: number;
  child: string | null;
  reason: string;
}

/** One finding of an import, for the findings file. */
export interface FindingRow {
  id: string;
  outcome: RowOutcome;
  file: string;
  row_number: number;
  column: string;
  code: string | null;
  child: string | null;
  reason: string;
}

/** Where a page of findings starts: after this row of this outcome. */
export interface FindingCursor {
  file: string;
  rowNumber: number;
  id: string;
}

/** Reads of `ssda903_import_rejections` (owned by imports) for the summary and the findings file, in SQL: never every row in memory. */
@Injectable()
export class FindingGroupsRepository {
  /** Every group of the import's findings with its count, largest first (then in file and row order). */
  groups(sql: Sql, importId: string): Promise<FindingGroupRow[]> {
    return sqlRows<FindingGroupRow>(
      sql,
      `SELECT outcome, file, "column", reason_code AS code, count(*)::int AS count, min(row_number) AS first_row
         FROM ssda903_import_rejections WHERE import_id = $1
        GROUP BY outcome, file, "column", reason_code
        ORDER BY count(*) DESC, file, min(row_number), "column", reason_code`,
      [importId],
    );
  }

  /** The first `perGroup` rows of each group, in row order. */
  firstRows(sql: Sql, importId: string, perGroup: number): Promise<FindingFirstRow[]> {
    return sqlRows<FindingFirstRow>(
      sql,
      `SELECT outcome, file, "column", code, row_number, child, reason FROM (
         SELECT outcome, file, "column", reason_code AS code, row_number, child_ref AS child, reason,
                row_number() OVER (PARTITION BY outcome, file, "column", reason_code ORDER BY row_number, id) AS n
           FROM ssda903_import_rejections WHERE import_id = $1) ranked
        WHERE n <= $2 ORDER BY file, row_number`,
      [importId, perGroup],
    );
  }

  /** A page of the import's findings of one outcome, in file and row order, after `after`. */
  page(sql: Sql, importId: string, outcome: RowOutcome, after: FindingCursor | null, size: number): Promise<FindingRow[]> {
    return sqlRows<FindingRow>(
      sql,
      `SELECT id, outcome, file, row_number, "column", reason_code AS code, child_ref AS child, reason
         FROM ssda903_import_rejections
        WHERE import_id = $1 AND outcome = $2 AND ($3::text IS NULL OR (file, row_number, id) > ($3::text, $4::int, $5::uuid))
        ORDER BY file, row_number, id LIMIT $6`,
      [importId, outcome, after?.file ?? null, after?.rowNumber ?? 0, after?.id ?? '00000000-0000-0000-0000-000000000000', size],
    );
  }
}
