import { isIsoDate } from '../calendar/iso-date';
import { isCode, LEGAL_STATUS_CODES, REASON_CEASED_CODES } from './codes';
import { headerProblem, parse903Date } from './files';
import { type Episode, periodsOfCare } from './periods-of-care';

const ep = (row: number, start: string, end: string | null, overrides: Partial<Episode> = {}): Episode => ({
  row,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  reasonEnded: end === null ? null : 'E8',
  ...overrides,
});

describe('SSDA903 dates are dd/mm/yyyy', () => {
  it.each([
    ['19/12/2024', '2024-12-19'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['2024-12-19', null],
    ['1/2/2024', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    expect(parse903Date(text)).toBe(iso);
  });
});

describe('a file is refused as a whole when its columns are not the 903 layout', () => {
  it('accepts the columns in any order and case', () => {
    expect(headerProblem('reviews', ['child', 'REVIEW', 'DOB', 'REVIEW_CODE'])).toBeNull();
  });

  it('names what is missing and what is unexpected', () => {
    expect(headerProblem('header', ['CHILD', 'SEX', 'DOB', 'NAME'])).toBe(
      'header.csv is not an SSDA903 header file: expected the columns CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB (missing ETHNIC, UPN, MOTHER, MC_DOB; unexpected NAME).',
    );
  });
});

describe('episodes are grouped into periods of care', () => {
  it('episodes joined by X1 on the same day are one period; RNE S after an ending starts another', () => {
    const result = periodsOfCare([
      ep(3, '2024-06-01', null, { rne: 'S', reasonEnded: null }),
      ep(1, '2023-01-10', '2023-05-02', { reasonEnded: 'X1' }),
      ep(2, '2023-05-02', '2023-09-30', { rne: 'P', placement: 'K2', reasonEnded: 'E13' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.periods).toEqual([
      { start: '2023-01-10', end: '2023-09-30', legalStatus: 'C2', placement: 'K2', reasonEnded: 'E13', episodeRows: [1, 2] },
      { start: '2024-06-01', end: null, legalStatus: 'C2', placement: 'U4', reasonEnded: null, episodeRows: [3] },
    ]);
  });

  it('rejects an episode that overlaps the one before, and keeps the rest', () => {
    const result = periodsOfCare([ep(1, '2024-01-01', '2024-03-01', { reasonEnded: 'X1' }), ep(2, '2024-02-15', null, { rne: 'P' })]);
    expect(result.problems).toEqual([
      {
        row: 2,
        column: 'DECOM',
        code: 'EPISODE_OVERLAP',
        reason: "This episode starts on 15 February 2024, before the child's episode in row 1 ended (1 March 2024): episodes cannot overlap.",
      },
    ]);
    // The kept episode ended X1 and its continuation was rejected: the period is open (see x1-always-continues-the-period.spec.ts).
    expect(result.periods.map((p) => [p.start, p.end])).toEqual([['2024-01-01', null]]);
  });

  it('short breaks (V3, V4) are not a period of care', () => {
    const result = periodsOfCare([ep(1, '2024-01-01', '2024-01-03', { legalStatus: 'V3' }), ep(2, '2024-02-01', null, { legalStatus: 'V4' })]);
    expect([result.periods, result.shortBreaks]).toEqual([[], 2]);
  });

  it('knows its code lists', () => {
    expect([
      isCode(LEGAL_STATUS_CODES, 'C2'),
      isCode(LEGAL_STATUS_CODES, 'C9'),
      isCode(REASON_CEASED_CODES, 'X1'),
      isCode(REASON_CEASED_CODES, 'toString'),
    ]).toEqual([true, false, true, false]);
  });
});

describe('SSDA903 dates agree with the ISO date rules used everywhere else', () => {
  it('for every day of leap and common years, and month and day numbers out of range', () => {
    for (const year of ['0099', '1900', '2000', '2023', '2024', '2100']) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const [dd, mm] = [String(day).padStart(2, '0'), String(month).padStart(2, '0')];
          const iso = `${year}-${mm}-${dd}`;
          expect(parse903Date(`${dd}/${mm}/${year}`)).toBe(isIsoDate(iso) ? iso : null);
        }
      }
    }
  });
});
