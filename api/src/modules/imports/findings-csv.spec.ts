import { FINDINGS_CSV_HEADER, findingCsvLine } from './findings-csv';

describe('a line of the findings file', () => {
  it('says the outcome in words, the group, the file, row, column, child and reason', () => {
    expect(FINDINGS_CSV_HEADER).toBe('outcome,group,file,row,column,child,reason\n');
    expect(
      findingCsvLine({
        outcome: 'REJECTED',
        file: 'episodes',
        row_number: 7,
        column: 'PLACE',
        code: 'NOT_A_CODE',
        child: 'S2',
        reason: '"Z9" is not an SSDA903 placement type code.',
      }),
    ).toBe('Needs fixing,PLACE: not an SSDA903 placement type code,episodes.csv,7,PLACE,S2,"""Z9"" is not an SSDA903 placement type code."\n');
    expect(findingCsvLine({ outcome: 'SKIPPED', file: 'header', row_number: 6, column: 'CHILD', code: 'DUPLICATE_ROW', child: null, reason: 'Skipped.' })).toBe(
      'Skipped,An exact duplicate of an earlier row,header.csv,6,CHILD,,Skipped.\n',
    );
  });

  it('neutralises a child id or reason a spreadsheet would run as a formula, and groups a row stored without a kind by its column', () => {
    expect(findingCsvLine({ outcome: 'WARNING', file: 'reviews', row_number: 3, column: 'LS', code: null, child: '@SUM(A1)', reason: '=cmd' })).toBe(
      "Imported with a warning,Other problems in column LS,reviews.csv,3,LS,'@SUM(A1),'=cmd\n",
    );
  });
});
