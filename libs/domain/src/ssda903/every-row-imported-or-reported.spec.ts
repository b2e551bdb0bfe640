import { SSDA903_FILES } from './files';
import { DuplicateRows } from './duplicate-rows';
import { childWithoutCareWarning, unaccountedRows } from './return-totals';

const review = (code: string, dob = '01/03/2012') => ({ CHILD: 'A1', DOB: dob, REVIEW: '05/02/2024', REVIEW_CODE: code });

describe('a row repeating an earlier row of its file is reported, never dropped silently', () => {
  it('an exact duplicate is skipped, naming the row it repeats', () => {
    const rows = new DuplicateRows(SSDA903_FILES.reviews, 'child and review date');
    expect(rows.check('A1|2024-02-05', 2, review('PN1'))).toEqual({ kind: 'FIRST' });
    expect(rows.check('A1|2024-02-05', 7, { ...review('PN1'), DOB: ' 01/03/2012 ' })).toEqual({
      kind: 'SAME',
      row: 2,
      code: 'DUPLICATE_ROW',
      reason: 'The same as row 2 (an exact duplicate): skipped.',
    });
  });

  it('a conflict keeps the earlier row and names what differs', () => {
    const rows = new DuplicateRows(SSDA903_FILES.reviews, 'child and review date');
    rows.check('A1|2024-02-05', 2, review('PN1'));
    expect(rows.check('A1|2024-02-05', 9, review('PN3'))).toEqual({
      kind: 'CONFLICT',
      row: 2,
      column: 'REVIEW_CODE',
      code: 'DUPLICATE_KEY_CONFLICT',
      reason: 'Same child and review date as row 2, which has REVIEW_CODE PN1 (this row has REVIEW_CODE PN3); kept row 2.',
    });
    expect(rows.check('A1|2024-02-05', 10, { ...review(''), DOB: '02/03/2012' })).toEqual({
      kind: 'CONFLICT',
      row: 2,
      column: 'DOB',
      code: 'DUPLICATE_KEY_CONFLICT',
      reason: 'Same child and review date as row 2, which has DOB 01/03/2012, REVIEW_CODE PN1 (this row has DOB 02/03/2012, REVIEW_CODE no value); kept row 2.',
    });
  });

  it('other keys are not duplicates', () => {
    const rows = new DuplicateRows(SSDA903_FILES.header, 'child');
    expect([rows.check('A1', 2, { CHILD: 'A1' }), rows.check('A2', 3, { CHILD: 'A2' })]).toEqual([{ kind: 'FIRST' }, { kind: 'FIRST' }]);
  });
});

describe("a file's totals prove every row read was imported, skipped or rejected", () => {
  it('adds up, or says by how much it does not', () => {
    expect(unaccountedRows({ file: 'reviews', rowsRead: 10, imported: 6, skipped: 1, rejected: 3 })).toBeNull();
    expect(unaccountedRows({ file: 'reviews', rowsRead: 10, imported: 6, skipped: 0, rejected: 3 })).toBe(
      'reviews.csv: 10 rows read but 6 imported + 0 skipped + 3 rejected = 9.',
    );
  });
});

describe('a child in the header without a period of care is a warning', () => {
  it('says why and how many reviews were imported for them', () => {
    expect(childWithoutCareWarning('A1', 1, 0, 2)).toBeNull();
    expect(childWithoutCareWarning('A1', 0, 0, 2)).toBe(
      'Child A1 has no episode that was accepted in episodes.csv, so no period of care was recorded for them; 2 reviews were imported for them.',
    );
    expect(childWithoutCareWarning('A2', 0, 1, 1)).toBe(
      'Child A2 has only short breaks (legal status V3 or V4), which are not care, in episodes.csv, so no period of care was recorded for them; 1 review was imported for them.',
    );
  });
});
