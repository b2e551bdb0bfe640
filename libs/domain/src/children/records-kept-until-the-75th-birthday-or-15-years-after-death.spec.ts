import {
  allowedRetentionCommands,
  dateOfDeathRefusal,
  RECORD_RETENTION_AGE,
  RECORD_RETENTION_RULE,
  recordRetention,
  recordRetentionDate,
} from './record-retention';

const REG = 'as regulation 50 of the Care Planning, Placement and Case Review (England) Regulations 2010 requires.';

describe("a child's record is kept until the 75th anniversary of their birth, or 15 years after a death before 18", () => {
  it('is kept until their 75th birthday', () => {
    expect(RECORD_RETENTION_AGE).toBe(75);
    expect(recordRetentionDate('2012-06-10')).toBe('2087-06-10');
    expect(recordRetention({ dateOfBirth: '2012-06-10', dateOfDeath: null, legalHold: false })).toEqual({
      retainUntil: '2087-06-10',
      rule: 'SEVENTY_FIFTH_BIRTHDAY',
      explanation: `The record is kept until 10 June 2087, the 75th anniversary of the child's birth, ${REG}`,
    });
  });

  it('for a child born on 29 February, until 1 March when the year is not a leap year', () => {
    expect([recordRetentionDate('2012-02-29'), recordRetentionDate('2013-02-28')]).toEqual(['2087-03-01', '2088-02-28']);
    expect(recordRetentionDate('2009-02-28')).toBe('2084-02-28');
    expect(recordRetention({ dateOfBirth: '2008-02-29', dateOfDeath: null, legalHold: false }).retainUntil).toBe('2083-03-01');
    expect(recordRetention({ dateOfBirth: '2004-02-29', dateOfDeath: null, legalHold: false }).retainUntil).toBe('2079-03-01');
  });

  it('is kept for 15 years from a death the day before the 18th birthday', () => {
    expect(recordRetention({ dateOfBirth: '2008-06-10', dateOfDeath: '2026-06-09', legalHold: false })).toEqual({
      retainUntil: '2041-06-09',
      rule: 'FIFTEEN_YEARS_AFTER_DEATH',
      explanation: `The child died before their 18th birthday, on 9 June 2026, so their record is kept for 15 years from that day, until 9 June 2041, ${REG}`,
    });
  });

  it('is still kept until the 75th birthday after a death on the 18th birthday or later', () => {
    expect(recordRetention({ dateOfBirth: '2008-06-10', dateOfDeath: '2026-06-10', legalHold: false })).toEqual({
      retainUntil: '2083-06-10',
      rule: 'SEVENTY_FIFTH_BIRTHDAY',
      explanation: `The record is kept until 10 June 2083, the 75th anniversary of the child's birth, ${REG}`,
    });
    expect(recordRetentionDate('2008-06-10', '2030-01-01')).toBe('2083-06-10');
  });

  it('counts 15 years from a death on 29 February to 1 March in a common year', () => {
    expect(recordRetention({ dateOfBirth: '2015-05-01', dateOfDeath: '2024-02-29', legalHold: false }).retainUntil).toBe('2039-03-01');
    expect(recordRetention({ dateOfBirth: '2015-05-01', dateOfDeath: '2020-02-29', legalHold: false }).retainUntil).toBe('2035-03-01');
  });

  it('for a child born on 29 February, the 18th birthday in a common year is 1 March', () => {
    // 29 Feb 2008 → 18 on 1 March 2026: a death on 28 February 2026 is before 18.
    expect(recordRetention({ dateOfBirth: '2008-02-29', dateOfDeath: '2026-02-28', legalHold: false }).rule).toBe('FIFTEEN_YEARS_AFTER_DEATH');
    expect(recordRetention({ dateOfBirth: '2008-02-29', dateOfDeath: '2026-03-01', legalHold: false }).retainUntil).toBe('2083-03-01');
  });

  it('is kept until the hold is lifted while a legal hold stands', () => {
    expect(recordRetention({ dateOfBirth: '2012-06-10', dateOfDeath: null, legalHold: true })).toEqual({
      retainUntil: null,
      rule: 'LEGAL_HOLD',
      explanation: 'The record is on legal hold and is kept until the hold is lifted; without the hold it would be kept until 10 June 2087.',
    });
    expect(recordRetention({ dateOfBirth: '2008-06-10', dateOfDeath: '2026-06-09', legalHold: true }).explanation).toBe(
      'The record is on legal hold and is kept until the hold is lifted; without the hold it would be kept until 9 June 2041.',
    );
  });

  it('is explained in one sentence', () => {
    expect(RECORD_RETENTION_RULE).toMatch(/^A child's case record is kept until the 75th anniversary of their birth, .*\.$/);
  });
});

describe('a date of death', () => {
  it('must be a real date, not before the birth and not in the future', () => {
    expect(dateOfDeathRefusal('2010-01-01', '2026-13-01', '2026-12-02')).toBe(
      'Date of death must be a real date in the form YYYY-MM-DD (you entered "2026-13-01").',
    );
    expect(dateOfDeathRefusal('2010-01-01', '2009-12-31', '2026-12-02')).toBe("Date of death cannot be before the child's date of birth, 1 January 2010.");
    expect(dateOfDeathRefusal('2010-01-01', '2026-12-03', '2026-12-02')).toBe('Date of death cannot be in the future. Today is 2 December 2026.');
    expect([dateOfDeathRefusal('2010-01-01', '2010-01-01', '2026-12-02'), dateOfDeathRefusal('2010-01-01', '2026-12-02', '2026-12-02')]).toEqual([null, null]);
  });
});

describe('who may change how long a record is kept', () => {
  it('a manager of the child’s LA records a death, and places a hold or lifts the one that stands', () => {
    expect(allowedRetentionCommands({ legalHold: false, callerIsChildsLa: true }, 'LA_MANAGER')).toEqual(['RECORD_DEATH', 'PLACE_LEGAL_HOLD']);
    expect(allowedRetentionCommands({ legalHold: true, callerIsChildsLa: true }, 'LA_MANAGER')).toEqual(['RECORD_DEATH', 'LIFT_LEGAL_HOLD']);
    expect(allowedRetentionCommands({ legalHold: false, callerIsChildsLa: false }, 'LA_MANAGER')).toEqual([]);
    expect(allowedRetentionCommands({ legalHold: false, callerIsChildsLa: true }, 'ADVOCATE')).toEqual([]);
  });
});
