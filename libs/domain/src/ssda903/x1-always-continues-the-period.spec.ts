import { type Episode, periodsOfCare } from './periods-of-care';

const ep = (row: number, start: string, end: string | null, overrides: Partial<Episode> = {}): Episode => ({
  row,
  start,
  end,
  rne: 'P',
  legalStatus: 'C2',
  placement: 'U4',
  reasonEnded: end === null ? null : 'X1',
  ...overrides,
});

describe('REC X1 always continues the period of care', () => {
  it('when its continuation was rejected, the period is open and the warning names both rows', () => {
    const result = periodsOfCare([ep(873, '2024-01-10', '2024-05-02', { rne: 'S' })], [{ row: 874, start: '2024-05-02' }]);
    expect(result.periods).toEqual([{ start: '2024-01-10', end: null, legalStatus: 'C2', placement: 'U4', reasonEnded: null, episodeRows: [873] }]);
    expect(result.warnings).toEqual([
      {
        row: 873,
        column: 'REC',
        code: 'X1_TREATED_AS_OPEN',
        reason: 'Episode row 874 was rejected, so the period of care from row 873 (which ended X1: a new episode begins the same day) is treated as open.',
      },
    ]);
  });

  it('a rejected row with an unreadable date, or one overlapping, explains it too; earlier rejected rows do not', () => {
    const result = periodsOfCare(
      [ep(10, '2024-01-10', '2024-05-02', { rne: 'S' }), ep(12, '2024-04-01', null)],
      [
        { row: 11, start: null },
        { row: 9, start: '2023-01-01' },
      ],
    );
    expect(result.problems.map((p) => p.row)).toEqual([12]);
    expect(result.periods.map((p) => [p.start, p.end, p.reasonEnded])).toEqual([['2024-01-10', null, null]]);
    expect(result.warnings.map((w) => w.reason)).toEqual([
      'Episode rows 11, 12 were rejected, so the period of care from row 10 (which ended X1: a new episode begins the same day) is treated as open.',
    ]);
  });

  it('with no later episode at all, the period is open', () => {
    expect(periodsOfCare([ep(2, '2024-01-10', '2024-05-02', { rne: 'S' })]).warnings.map((w) => w.reason)).toEqual([
      'The episode in row 2 ended X1 (a new episode begins the same day) on 2 May 2024, but the child has no later episode, so the period of care is treated as open.',
    ]);
  });

  it('continues into the next episode after a gap or an RNE S, with a warning', () => {
    const result = periodsOfCare(
      [
        ep(2, '2024-01-10', '2024-05-02', { rne: 'S' }),
        ep(4, '2024-06-01', '2024-08-01', { rne: 'S' }),
        ep(5, '2024-09-01', '2024-10-01', { reasonEnded: 'E13' }),
      ],
      [{ row: 3, start: '2024-05-02' }],
    );
    expect(result.periods).toEqual([
      { start: '2024-01-10', end: '2024-10-01', legalStatus: 'C2', placement: 'U4', reasonEnded: 'E13', episodeRows: [2, 4, 5] },
    ]);
    expect(result.warnings.map((w) => [w.row, w.reason])).toEqual([
      [
        2,
        'Episode row 3 was rejected, and the episode in row 2 ended X1 (a new episode begins the same day) but the next, row 4, starts a new period (RNE S) on 1 June 2024: the period of care is treated as continuing into it.',
      ],
      [
        4,
        'The episode in row 4 ended X1 (a new episode begins the same day) but the next, row 5, starts on 1 September 2024, not 1 August 2024: the period of care is treated as continuing into it.',
      ],
    ]);
  });

  it('episodes joined by X1 on the same day give no warning, and an ended period stays ended', () => {
    const result = periodsOfCare([ep(1, '2024-01-10', '2024-05-02', { rne: 'S' }), ep(2, '2024-05-02', '2024-07-01', { reasonEnded: 'E13' })]);
    expect([result.warnings, result.periods.map((p) => [p.end, p.reasonEnded])]).toEqual([[], [['2024-07-01', 'E13']]]);
  });

  it('lists the short breaks it skips', () => {
    const result = periodsOfCare([
      ep(1, '2024-01-01', '2024-01-03', { legalStatus: 'V3', reasonEnded: 'E8' }),
      ep(2, '2024-02-01', null, { legalStatus: 'V4' }),
    ]);
    expect([result.shortBreaks, result.shortBreakRows]).toEqual([2, [1, 2]]);
  });
});
