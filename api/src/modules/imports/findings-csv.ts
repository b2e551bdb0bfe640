import { FINDING_OUTCOME_WORDS, findingGroupTitle } from '@heard/domain';
import { safeCsvCell } from '@heard/report';
import type { FindingRow } from './finding-groups.repository';

/** The findings file's column line. */
export const FINDINGS_CSV_HEADER = 'outcome,group,file,row,column,child,reason\n';

/** One finding as a line of the findings file: outcome in words, its group's title, where it is and why; every cell safe to open in a spreadsheet. */
export function findingCsvLine(row: Pick<FindingRow, 'outcome' | 'file' | 'row_number' | 'column' | 'code' | 'child' | 'reason'>): string {
  return `${[
    FINDING_OUTCOME_WORDS[row.outcome],
    findingGroupTitle(row.code, row.column),
    `${row.file}.csv`,
    row.row_number,
    row.column,
    row.child ?? '',
    row.reason,
  ]
    .map(safeCsvCell)
    .join(',')}\n`;
}
