import { anonymisedDateOfBirth, disposableFrom, disposalNoticeFrom, disposalSentence, disposalStatus } from './record-disposal';

describe('a record is disposed of after its retention date, once notice has run, unless on legal hold', () => {
  const facts = { retainUntil: '2027-03-31', noticeGivenOn: null, legalHold: false };

  it('is not due before the notice period; notice is due from the notice period before the date', () => {
    expect(disposalNoticeFrom('2027-03-31', 90)).toBe('2026-12-31');
    expect(disposalStatus(facts, '2026-12-30', 90)).toBe('NOT_DUE');
    expect(disposalStatus(facts, '2026-12-31', 90)).toBe('NOTICE_DUE');
    expect(disposalStatus(facts, '2027-05-01', 90)).toBe('NOTICE_DUE');
  });

  it('waits for the day after the date and for the full notice period since notice was given', () => {
    const noticed = { ...facts, noticeGivenOn: '2026-12-31' };
    expect(disposableFrom('2027-03-31', '2026-12-31', 90)).toBe('2027-04-01');
    expect(disposalStatus(noticed, '2027-03-31', 90)).toBe('IN_NOTICE');
    expect(disposalStatus(noticed, '2027-04-01', 90)).toBe('DISPOSE');
    const late = { ...facts, noticeGivenOn: '2027-05-01' };
    expect(disposableFrom('2027-03-31', '2027-05-01', 90)).toBe('2027-07-30');
    expect(disposalStatus(late, '2027-07-29', 90)).toBe('IN_NOTICE');
    expect(disposalStatus(late, '2027-07-30', 90)).toBe('DISPOSE');
    expect(disposableFrom('2027-03-31', null, 90)).toBeNull();
  });

  it('a legal hold keeps a record past both', () => {
    expect(disposalStatus({ retainUntil: '2027-03-31', noticeGivenOn: '2026-12-31', legalHold: true }, '2027-06-01', 90)).toBe('ON_HOLD');
    expect(disposalStatus({ retainUntil: '2027-03-31', noticeGivenOn: '2026-12-31', legalHold: true }, '2027-03-01', 90)).toBe('IN_NOTICE');
  });

  it('says which rule applies and when, in UK dates', () => {
    expect(disposalSentence('SEVENTY_FIFTH_BIRTHDAY', '2027-03-31', 'IN_NOTICE', '2027-04-01')).toBe(
      "The record is kept until 31 March 2027, the 75th anniversary of the child's birth. It will be disposed of on or after 1 April 2027.",
    );
    expect(disposalSentence('FIFTEEN_YEARS_AFTER_DEATH', '2027-03-31', 'ON_HOLD', '2027-04-01')).toBe(
      'The child died before their 18th birthday, so the record is kept for 15 years from the death, until 31 March 2027. It is on legal hold, so it is kept until the hold is lifted.',
    );
    expect(disposalSentence('SEVENTY_FIFTH_BIRTHDAY', '2027-03-31', 'NOTICE_DUE', null)).toBe(
      "The record is kept until 31 March 2027, the 75th anniversary of the child's birth. Notice of its disposal has not been given yet.",
    );
  });

  it('keeps only as much of the date of birth as gives the same age at every meeting', () => {
    expect(anonymisedDateOfBirth('2010-06-15', ['2020-09-01', '2021-03-01'])).toBe('2010-06-01');
    expect(anonymisedDateOfBirth('2010-06-15', ['2020-09-01', '2021-07-01'])).toBe('2010-01-01');
    expect(anonymisedDateOfBirth('2010-06-15', [])).toBe('2010-01-01');
    expect(anonymisedDateOfBirth('2010-06-15', ['2020-06-10'])).toBe('2010-06-15');
  });
});
