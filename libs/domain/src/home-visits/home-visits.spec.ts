import { QUALITY_STANDARDS } from './quality-standards';
import { type ChildSpokenTo, sharedVoices, type VisitReport, visitReportProblems, voicesWithheld } from './visit-report';
import { lastDayOfMonth, visitSchedule } from './visit-schedule';

describe('a home with a represented child is visited every calendar month', () => {
  it('is due by the last day of this month, and flags earlier months without a visit', () => {
    expect(visitSchedule({ representedSince: '2026-08-20', visitedOn: ['2026-08-25', '2026-10-02'], today: '2026-11-23' })).toEqual({
      month: '2026-11',
      dueBy: '2026-11-30',
      visitedThisMonth: false,
      missedMonths: ['2026-09'],
    });
  });

  it('a month before the home had a represented child is never missed', () => {
    expect(visitSchedule({ representedSince: '2026-11-05', visitedOn: [], today: '2026-11-23' }).missedMonths).toEqual([]);
  });

  it('looks back at most twelve months, across a year end', () => {
    const schedule = visitSchedule({ representedSince: '2020-01-01', visitedOn: ['2026-01-31'], today: '2026-02-10' });
    expect(schedule.missedMonths).toHaveLength(11);
    expect(schedule.missedMonths[0]).toBe('2025-12');
    expect(schedule.missedMonths[10]).toBe('2025-02');
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2025-02', '2025-02-28'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDayOfMonth(month)).toBe(day);
  });
});

const child = (overrides: Partial<ChildSpokenTo> = {}): ChildSpokenTo => ({
  childId: null,
  name: 'Millie',
  spokeInPrivate: true,
  consentToSpeak: true,
  whatTheySaid: 'Staff listen to me',
  consentToShare: false,
  ...overrides,
});

function completeReport(overrides: Partial<VisitReport> = {}): VisitReport {
  return {
    visitOn: '2026-11-20',
    announced: false,
    childrenSpokenTo: [child()],
    staffSpokenTo: 'Registered manager',
    recordsChecked: 'Incident log, complaints log',
    judgements: QUALITY_STANDARDS.map((standard) => ({ standard, judgement: 'MET', evidence: 'Seen during the visit' })),
    recommendations: [{ what: 'Repair the lounge window', owner: 'Registered manager', dueOn: '2026-12-20', themes: ['SAFETY'], childId: null }],
    followUps: [],
    ...overrides,
  };
}

describe('a visit report can be submitted only when complete', () => {
  it('a complete report has no problems', () => {
    expect(visitReportProblems(completeReport(), '2026-11-23', [])).toEqual([]);
  });

  it('names each missing part', () => {
    const report = completeReport({
      visitOn: null,
      announced: null,
      staffSpokenTo: ' ',
      judgements: [{ standard: 'EDUCATION', judgement: 'NOT_MET', evidence: '' }],
      recommendations: [{ what: '', owner: 'RM', dueOn: '2026-11-01', themes: [], childId: null }],
      childrenSpokenTo: [child({ consentToSpeak: false })],
    });
    const problems = visitReportProblems(report, '2026-11-23', ['rec-1']);
    expect(problems.map((p) => p.message)).toEqual([
      'Enter the date of the visit.',
      'Say whether the visit was announced.',
      "Child 1: record the child's consent to speak with you, or remove them from the report.",
      'Enter the staff you spoke to.',
      'Quality and purpose of care: choose a judgement.',
      "Children's views, wishes and feelings: choose a judgement.",
      'Education: enter the evidence for the judgement.',
      'Enjoyment and achievement: choose a judgement.',
      'Health and well-being: choose a judgement.',
      'Positive relationships: choose a judgement.',
      'Protection of children: choose a judgement.',
      'Leadership and management: choose a judgement.',
      'Care planning: choose a judgement.',
      'Recommendation 1: enter what the home should do.',
      'Recommendation 1: Choose at least one theme.',
      'Follow up every open recommendation from earlier visits: done, not done or carried over.',
    ]);
  });

  it('a future visit date and a recommendation due before the visit are refused', () => {
    const report = completeReport({
      visitOn: '2026-11-24',
      recommendations: [{ what: 'x', owner: 'y', dueOn: '2026-11-24', themes: ['OTHER'], childId: null }],
    });
    expect(visitReportProblems(report, '2026-11-23', []).map((p) => p.message)).toEqual([
      'The date of the visit cannot be in the future. Today is 23 November 2026.',
      'Recommendation 1: the due date must be after the visit on 24 November 2026.',
    ]);
  });

  it('a standard not looked at needs no evidence; one not met does', () => {
    const judgements = QUALITY_STANDARDS.map((standard) => ({
      standard,
      judgement: standard === 'EDUCATION' ? ('NOT_SEEN' as const) : ('NOT_MET' as const),
      evidence: standard === 'CARE_PLANNING' ? '' : 'e',
    }));
    expect(visitReportProblems(completeReport({ judgements }), '2026-11-23', []).map((p) => p.message)).toEqual([
      'Care planning: enter the evidence for the judgement.',
    ]);
  });

  it('every open recommendation is followed up; not done or carried over needs a reason', () => {
    const followUps = [
      { recommendationId: 'a', outcome: 'DONE' as const, note: '' },
      { recommendationId: 'b', outcome: 'CARRIED_OVER' as const, note: ' ' },
      { recommendationId: 'c', outcome: 'NOT_DONE' as const, note: 'Contractor cancelled' },
    ];
    expect(visitReportProblems(completeReport({ followUps }), '2026-11-23', ['a', 'b', 'c']).map((p) => [p.field, p.message])).toEqual([
      ['followUps.b.note', 'Enter why the recommendation is carried over.'],
    ]);
  });
});

describe("a child's private words reach the shared report only with their consent", () => {
  it('shares words said openly, or in private with consent; withholds the rest', () => {
    const children = [
      child({ name: 'A', spokeInPrivate: true, consentToShare: false, whatTheySaid: 'secret' }),
      child({ name: 'B', spokeInPrivate: true, consentToShare: true, whatTheySaid: 'share this' }),
      child({ name: 'C', spokeInPrivate: false, consentToShare: false, whatTheySaid: 'said in the lounge' }),
    ];
    expect(sharedVoices(children)).toEqual([
      { name: 'B', whatTheySaid: 'share this' },
      { name: 'C', whatTheySaid: 'said in the lounge' },
    ]);
    expect(voicesWithheld(children)).toBe(1);
  });
});
