import { DuplicateRows } from './duplicate-rows';
import { headerProblem, SSDA903_FILES } from './files';
import { checkMissingRow, checkUascRow } from './rows';

const missing = (overrides: Record<string, string> = {}) => ({ CHILD: 'A1', MISSING: 'M', MIS_START: '03/02/2024', MIS_END: '05/02/2024', ...overrides });
const uasc = (overrides: Record<string, string> = {}) => ({ CHILD: 'A1', SEX: '1', DOB: '01/03/2012', DUC: '', ...overrides });
const DOB = '2012-03-01';

describe('a missing-from-care row is imported or rejected naming the column', () => {
  it('reads M as missing and A as away without authorisation; a blank end is still missing', () => {
    expect(checkMissingRow(missing(), DOB)).toEqual({ ok: true, value: { child: 'A1', kind: 'MISSING', start: '2024-02-03', end: '2024-02-05' } });
    expect(checkMissingRow(missing({ MISSING: 'A', MIS_END: '' }), DOB)).toEqual({
      ok: true,
      value: { child: 'A1', kind: 'AWAY', start: '2024-02-03', end: null },
    });
  });

  it.each([
    [{ MISSING: 'X' }, 'MISSING', 'NOT_A_CODE', '"X" is not an SSDA903 missing-from-care type (M or A) code.'],
    [{ MISSING: '' }, 'MISSING', 'VALUE_MISSING', 'missing-from-care type (M or A) is missing.'],
    [{ MIS_START: '' }, 'MIS_START', 'VALUE_MISSING', 'The date the episode of missing started is missing.'],
    [{ MIS_START: '31/02/2024' }, 'MIS_START', 'NOT_A_DATE', '"31/02/2024" is not a real date in the form dd/mm/yyyy.'],
    [{ MIS_END: '2024-02-05' }, 'MIS_END', 'NOT_A_DATE', '"2024-02-05" is not a real date in the form dd/mm/yyyy.'],
    [{ MIS_END: '02/02/2024' }, 'MIS_END', 'ENDS_BEFORE_START', 'The episode of missing ends (2 February 2024) before it starts (3 February 2024).'],
    [
      { MIS_START: '28/02/2012', MIS_END: '' },
      'MIS_START',
      'BEFORE_BIRTH',
      "The episode of missing starts (28 February 2012) before the child's date of birth (1 March 2012).",
    ],
  ])('%j is rejected on %s', (change, column, code, reason) => {
    expect(checkMissingRow(missing(change), DOB)).toEqual({ ok: false, problem: { column, code, reason } });
  });

  it('an episode ending the day it starts is kept', () => {
    expect(checkMissingRow(missing({ MIS_END: '03/02/2024' }), DOB)).toEqual({
      ok: true,
      value: { child: 'A1', kind: 'MISSING', start: '2024-02-03', end: '2024-02-03' },
    });
  });
});

describe('a UASC row must be the header’s child', () => {
  const header = { sex: '1', dateOfBirth: DOB };

  it('is imported with the date the child ceased to be UASC, or none', () => {
    expect(checkUascRow(uasc(), header)).toEqual({ ok: true, value: { child: 'A1', ceasedOn: null } });
    expect(checkUascRow(uasc({ DUC: '01/03/2030' }), header)).toEqual({ ok: true, value: { child: 'A1', ceasedOn: '2030-03-01' } });
  });

  it.each([
    [{ SEX: '2' }, 'SEX', 'DIFFERS_FROM_HEADER', 'SEX is 2 here but 1 in the header file.'],
    [{ SEX: '3' }, 'SEX', 'NOT_A_CODE', '"3" is not an SSDA903 sex code.'],
    [{ DOB: '02/03/2012' }, 'DOB', 'DIFFERS_FROM_HEADER', 'DOB is 02/03/2012 here but 01/03/2012 in the header file.'],
    [{ DOB: '' }, 'DOB', 'VALUE_MISSING', 'The date of birth is missing.'],
    [{ DUC: '29/02/2011' }, 'DUC', 'NOT_A_DATE', '"29/02/2011" is not a real date in the form dd/mm/yyyy.'],
    [{ DUC: '28/02/2012' }, 'DUC', 'BEFORE_BIRTH', 'The child ceased to be UASC (28 February 2012) before their date of birth (1 March 2012).'],
  ])('%j is rejected on %s', (change, column, code, reason) => {
    expect(checkUascRow(uasc(change), header)).toEqual({ ok: false, problem: { column, code, reason } });
  });
});

describe('the optional files are 903 files like the others', () => {
  it('checks their column lines', () => {
    expect(headerProblem('missing', ['child', 'MIS_START', 'MISSING', 'MIS_END'])).toBeNull();
    expect(headerProblem('uasc', ['CHILD', 'SEX', 'DOB'])).toBe('uasc.csv is not an SSDA903 uasc file: expected the columns CHILD,SEX,DOB,DUC (missing DUC).');
  });

  it('a repeated child and start is skipped when the same, rejected naming the values when not', () => {
    const rows = new DuplicateRows(SSDA903_FILES.missing, 'child and start');
    expect(rows.check('A1|2024-02-03', 2, missing())).toEqual({ kind: 'FIRST' });
    expect(rows.check('A1|2024-02-03', 3, missing())).toEqual({
      kind: 'SAME',
      row: 2,
      code: 'DUPLICATE_ROW',
      reason: 'The same as row 2 (an exact duplicate): skipped.',
    });
    expect(rows.check('A1|2024-02-03', 4, missing({ MISSING: 'A', MIS_END: '' }))).toEqual({
      kind: 'CONFLICT',
      row: 2,
      column: 'MISSING',
      code: 'DUPLICATE_KEY_CONFLICT',
      reason: 'Same child and start as row 2, which has MISSING M, MIS_END 05/02/2024 (this row has MISSING A, MIS_END no value); kept row 2.',
    });
  });
});
