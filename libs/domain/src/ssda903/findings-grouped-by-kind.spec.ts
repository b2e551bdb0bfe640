import { DuplicateRows } from './duplicate-rows';
import { FINDING_TITLES, findingGroupTitle, isFindingCode } from './finding-codes';
import { SSDA903_FILES } from './files';
import { periodsOfCare } from './periods-of-care';
import { checkEpisodeRow, checkHeaderRow, checkReviewRow, unstorableValue } from './rows';

const episode = (overrides: Record<string, string> = {}) => ({
  CHILD: 'A1',
  DECOM: '10/01/2024',
  RNE: 'S',
  LS: 'C2',
  CIN: 'N1',
  PLACE: 'U4',
  PLACE_PROVIDER: 'PR1',
  DEC: '',
  REC: '',
  ...overrides,
});
const problemOf = (checked: { ok: true } | { ok: false; problem: { column: string; code: string } }) =>
  checked.ok ? null : [checked.problem.column, checked.problem.code];

describe('each finding has a kind, whatever the row’s values', () => {
  it('gives rows with different values but the same problem the same kind and title', () => {
    const a = checkEpisodeRow(episode({ PLACE: 'Z9' }));
    const b = checkEpisodeRow(episode({ PLACE: 'Q1' }));
    expect([problemOf(a), problemOf(b)]).toEqual([
      ['PLACE', 'NOT_A_CODE'],
      ['PLACE', 'NOT_A_CODE'],
    ]);
    expect(findingGroupTitle('NOT_A_CODE', 'PLACE')).toBe('PLACE: not an SSDA903 placement type code');
    expect(findingGroupTitle('NOT_A_CODE', 'REVIEW_CODE')).toBe('REVIEW_CODE: not an SSDA903 participation code');
  });

  it.each([
    [checkHeaderRow({ CHILD: '', SEX: '1' }), ['CHILD', 'CHILD_MISSING']],
    [checkHeaderRow({ CHILD: 'A1', SEX: '', ETHNIC: 'WBRI', DOB: '01/01/2012' }), ['SEX', 'VALUE_MISSING']],
    [checkHeaderRow({ CHILD: 'A1', SEX: '1', ETHNIC: 'WBRI', DOB: '31/02/2012' }), ['DOB', 'NOT_A_DATE']],
    [checkEpisodeRow(episode({ DEC: '01/01/2024', REC: 'E13' })), ['DEC', 'ENDS_BEFORE_START']],
    [checkEpisodeRow(episode({ REC: 'E13' })), ['REC', 'CEASED_WITHOUT_END']],
    [checkReviewRow({ CHILD: 'A1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN9' }, '2012-01-01'), ['REVIEW_CODE', 'NOT_A_CODE']],
    [checkReviewRow({ CHILD: 'A1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' }, '2022-01-01'), ['REVIEW_CODE', 'PARTICIPATION_AGE']],
  ])('%#: a row check gives the column and kind', (checked, expected) => {
    expect(problemOf(checked)).toEqual(expected);
  });

  it('gives duplicates, overlaps, X1 interpretations and unstorable values their kinds', () => {
    const rows = new DuplicateRows(SSDA903_FILES.reviews, 'child and review date');
    rows.check('A1|2024-06-01', 2, { CHILD: 'A1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' });
    expect(rows.check('A1|2024-06-01', 3, { CHILD: 'A1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' })).toMatchObject({ kind: 'SAME', code: 'DUPLICATE_ROW' });
    expect(rows.check('A1|2024-06-01', 4, { CHILD: 'A1', REVIEW: '01/06/2024', REVIEW_CODE: 'PN2' })).toMatchObject({
      kind: 'CONFLICT',
      column: 'REVIEW_CODE',
      code: 'DUPLICATE_KEY_CONFLICT',
    });
    const ep = (row: number, start: string, end: string | null, reasonEnded: string | null) => ({
      row,
      start,
      end,
      rne: 'S',
      legalStatus: 'C2',
      placement: 'U4',
      reasonEnded,
    });
    const grouped = periodsOfCare([ep(2, '2024-01-01', '2024-03-01', 'X1'), ep(3, '2024-02-01', null, null)]);
    expect([...grouped.problems, ...grouped.warnings].map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'DECOM', 'EPISODE_OVERLAP'],
      [2, 'REC', 'X1_TREATED_AS_OPEN'],
    ]);
    expect(periodsOfCare([ep(2, '2024-01-01', '2024-03-01', 'X1'), ep(3, '2024-04-01', null, null)]).warnings.map((w) => w.code)).toEqual(['X1_CONTINUED']);
    expect(unstorableValue({ CHILD: 'A\u0000' })?.code).toBe('UNSTORABLE_VALUE');
  });
});

describe('the title of a group of findings', () => {
  it('names the column for kinds about a value, and not for kinds that say what they are', () => {
    expect(findingGroupTitle('VALUE_MISSING', 'DOB')).toBe('DOB: a required value is missing');
    expect(findingGroupTitle('DUPLICATE_KEY_CONFLICT', 'PLACE')).toBe(
      'PLACE: the same key as an earlier row, with different values (the earlier row was kept)',
    );
    expect(findingGroupTitle('REVIEW_CHILD_NOT_IN_HEADER', 'CHILD')).toBe('A review for a child who is not in the header file');
    expect(findingGroupTitle('ROW_SHAPE', '')).toBe("A row without the file's number of columns");
  });

  it('groups findings stored without a kind, or with one this version does not know, by their column', () => {
    expect(findingGroupTitle(null, 'PLACE')).toBe('Other problems in column PLACE');
    expect(findingGroupTitle('A_KIND_FROM_LATER', 'LS')).toBe('Other problems in column LS');
    expect(findingGroupTitle(null, '')).toBe('Other problems');
    expect([isFindingCode('SHORT_BREAK'), isFindingCode('toString')]).toEqual([true, false]);
  });

  it('has a title for every kind, each a sentence fragment without a full stop', () => {
    expect(Object.values(FINDING_TITLES).filter((t) => t.endsWith('.') || t.trim() !== t)).toEqual([]);
  });
});
