import { AGE_BAND_LABELS, ageBand, ageBandOfAge } from './age-bands';
import { CASELOAD_BAND_LABELS, caseloadBand } from './caseload-bands';

describe('the report counts meetings by the child’s age band on the meeting day', () => {
  it('bands ages in whole years', () => {
    expect([0, 4, 5, 9, 10, 12, 13, 15, 16, 17, 25].map(ageBandOfAge)).toEqual([
      'Under 5',
      'Under 5',
      '5 to 9',
      '5 to 9',
      '10 to 12',
      '10 to 12',
      '13 to 15',
      '13 to 15',
      '16 and over',
      '16 and over',
      '16 and over',
    ]);
  });

  it('moves a child up a band on their birthday, not the day before', () => {
    expect([ageBand('2015-06-10', '2020-06-09'), ageBand('2015-06-10', '2020-06-10')]).toEqual(['Under 5', '5 to 9']);
  });

  it('a child born on 29 February is a year older on 1 March in a common year', () => {
    expect([ageBand('2012-02-29', '2017-02-28'), ageBand('2012-02-29', '2017-03-01')]).toEqual(['Under 5', '5 to 9']);
  });

  it('lists the bands youngest first', () => {
    expect(AGE_BAND_LABELS).toEqual(['Under 5', '5 to 9', '10 to 12', '13 to 15', '16 and over']);
  });
});

describe('the report counts advocates by the size of their caseload', () => {
  it('bands caseloads in tens, from 40 up as one band', () => {
    expect([0, 9, 10, 19, 20, 29, 30, 39, 40, 120].map(caseloadBand)).toEqual([
      '0 to 9',
      '0 to 9',
      '10 to 19',
      '10 to 19',
      '20 to 29',
      '20 to 29',
      '30 to 39',
      '30 to 39',
      '40 or more',
      '40 or more',
    ]);
    expect(CASELOAD_BAND_LABELS).toEqual(['0 to 9', '10 to 19', '20 to 29', '30 to 39', '40 or more']);
  });
});
