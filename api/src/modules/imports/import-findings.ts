import { type FileTotals, REQUIRED_903_FILES, type Ssda903File, unaccountedRows } from '@heard/domain';
import type { ChildOutcome, ChildPlan } from './child-plan';
import type { Rejection, RowsRead } from './return-reader';

/** What an import reports about rows: rejected (not imported, to fix), skipped (with the reason) and warnings (imported, interpreted). */
export interface Findings {
  rejections: Rejection[];
  skipped: Rejection[];
  warnings: Rejection[];
}

/** Counts each file's imported rows as children are imported, to prove every row read was imported, skipped or rejected. */
export class ImportedRows {
  private readonly imported: RowsRead = { header: 0, episodes: 0, reviews: 0, missing: 0, uasc: 0 };

  constructor(private readonly findings: Findings) {}

  add(outcome: ChildOutcome): void {
    this.findings.rejections.push(...outcome.rejections);
    this.findings.skipped.push(...outcome.skipped);
    this.findings.warnings.push(...outcome.warnings);
    for (const row of outcome.importedRows) this.imported[row.file] += 1;
  }

  /** A child Heard could not store: every row that would have been imported is rejected; the rest are reported as they were. */
  failed(plan: ChildPlan): void {
    const reason = `Child ${plan.ref} could not be imported because of a problem in Heard; nothing of theirs was changed.`;
    this.findings.rejections.push(
      ...plan.rejections,
      ...plan.importedRows.map((r) => ({ ...r, column: 'CHILD', code: 'CHILD_NOT_STORED' as const, child: plan.ref, reason })),
    );
    this.findings.skipped.push(...plan.skipped);
  }

  /**
   * Each file's totals (the optional files' only when given); `logProblem` hears of any file whose rows do not add up (a fault
   * in Heard, not in the return).
   */
  totals(read: RowsRead, optional: readonly Ssda903File[], logProblem: (problem: string) => void): FileTotals[] {
    return [...REQUIRED_903_FILES, ...optional].map((file) => {
      const totals: FileTotals = {
        file,
        rowsRead: read[file],
        imported: this.imported[file],
        skipped: this.findings.skipped.filter((r) => r.file === file).length,
        rejected: this.findings.rejections.filter((r) => r.file === file).length,
      };
      const problem = unaccountedRows(totals);
      if (problem !== null) logProblem(problem);
      return totals;
    });
  }
}
