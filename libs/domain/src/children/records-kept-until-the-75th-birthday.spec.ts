import { RECORD_RETENTION_AGE, RECORD_RETENTION_RULE, recordRetentionDate } from './record-retention';

describe("a child's record is kept until the 75th anniversary of their birth", () => {
  it('is kept until their 75th birthday', () => {
    expect(RECORD_RETENTION_AGE).toBe(75);
    expect(recordRetentionDate('2012-06-10')).toBe('2087-06-10');
  });

  it('for a child born on 29 February, until 1 March when the year is not a leap year', () => {
    expect([recordRetentionDate('2012-02-29'), recordRetentionDate('2013-02-28')]).toEqual(['2087-03-01', '2088-02-28']);
    expect(recordRetentionDate('2009-02-28')).toBe('2084-02-28');
  });

  it('is explained in one sentence', () => {
    expect(RECORD_RETENTION_RULE).toMatch(/^A child's case record is kept until the 75th anniversary of their birth, .*\.$/);
  });
});
