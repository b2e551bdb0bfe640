import { Injectable } from '@nestjs/common';
import { findingGroupTitle } from '@heard/domain';
import { DataSource } from 'typeorm';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import type { ImportActionsType, ImportFindingGroupType, ImportSummaryType } from './dto/import-summary.types';
import { type FindingCursor, type FindingFirstRow, type FindingGroupRow, FindingGroupsRepository } from './finding-groups.repository';
import { FINDINGS_CSV_HEADER, findingCsvLine } from './findings-csv';
import type { RowOutcome } from './import-rejection.entity';
import { ImportReadsService } from './import-reads.service';
import type { ImportRow } from './ssda903-imports.repository';

/** Rows shown under each group. */
const FIRST_ROWS = 5;
/** Findings read per statement while the findings file is written. */
const PAGE = 2000;
const OUTCOMES: readonly RowOutcome[] = ['REJECTED', 'SKIPPED', 'WARNING'];

/** An import's summary for its LA manager (findings grouped by reason, what Heard did) and the file of every finding. */
@Injectable()
export class ImportSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reads: ImportReadsService,
    private readonly findings: FindingGroupsRepository,
  ) {}

  async summary(caller: Caller, importId: string, meta: RequestMeta): Promise<ImportSummaryType> {
    const row = await this.reads.find(caller, importId);
    const [groups, firstRows] = await Promise.all([
      this.findings.groups(this.dataSource, row.id),
      this.findings.firstRows(this.dataSource, row.id, FIRST_ROWS),
    ]);
    await this.audit.record(this.dataSource.manager, {
      actor: caller,
      action: 'ssda903.summary_viewed',
      entity: 'local_authority',
      entityId: caller.localAuthorityId,
      meta,
      details: { importId: row.id },
    });
    const listed = grouped(groups, firstRows);
    return { needsFixing: listed('REJECTED'), skipped: listed('SKIPPED'), warnings: listed('WARNING'), heardDid: actionsOf(row) };
  }

  /**
   * Checks the caller may read the import and audits the download (both before anything is written, so a refusal is still a
   * 4xx), then writes every finding through `write` a page at a time: needing fixing, then skipped, then warnings, each in
   * file and row order. `write` resolves when the chunk may be followed by the next (the response has drained).
   */
  async findingsCsv(caller: Caller, importId: string, meta: RequestMeta): Promise<(write: (chunk: string) => Promise<void>) => Promise<void>> {
    const row = await this.reads.find(caller, importId);
    await this.audit.record(this.dataSource.manager, {
      actor: caller,
      action: 'ssda903.findings_downloaded',
      entity: 'local_authority',
      entityId: caller.localAuthorityId,
      meta,
      details: { importId: row.id },
    });
    return async (write) => {
      await write(FINDINGS_CSV_HEADER);
      for (const outcome of OUTCOMES) {
        let after: FindingCursor | null = null;
        for (;;) {
          const page = await this.findings.page(this.dataSource, row.id, outcome, after, PAGE);
          if (page.length > 0) await write(page.map(findingCsvLine).join(''));
          const last = page[page.length - 1];
          if (last === undefined || page.length < PAGE) break;
          after = { file: last.file, rowNumber: last.row_number, id: last.id };
        }
      }
    };
  }
}

const keyOf = (r: { outcome: string; file: string; column: string; code: string | null }) =>
  `${r.outcome}\u0000${r.file}\u0000${r.column}\u0000${r.code ?? ''}`;

/** The groups of each outcome, in the repository's order (largest first), each with its first rows. */
function grouped(groups: readonly FindingGroupRow[], firstRows: readonly FindingFirstRow[]): (outcome: RowOutcome) => ImportFindingGroupType[] {
  const rowsOf = new Map<string, FindingFirstRow[]>();
  for (const r of firstRows) rowsOf.set(keyOf(r), [...(rowsOf.get(keyOf(r)) ?? []), r]);
  return (outcome) =>
    groups
      .filter((g) => g.outcome === outcome)
      .map((g) => ({
        title: findingGroupTitle(g.code, g.column),
        code: g.code,
        file: g.file,
        column: g.column,
        count: g.count,
        firstRows: (rowsOf.get(keyOf(g)) ?? []).map((r) => ({ rowNumber: r.row_number, child: r.child, column: r.column, reason: r.reason })),
      }));
}

function actionsOf(row: ImportRow): ImportActionsType | null {
  const c = row.counts;
  if (row.status !== 'COMPLETED' || c === null) return null;
  return {
    childrenCreated: c.childrenCreated,
    childrenUpdated: c.childrenUpdated,
    childrenAssigned: c.childrenAssigned,
    childrenQueued: c.childrenQueued,
    assignmentsEnded: c.assignmentsEnded,
    reviewsRecorded: c.meetingsRecorded,
    offersDue: c.offersDue ?? null,
  };
}
