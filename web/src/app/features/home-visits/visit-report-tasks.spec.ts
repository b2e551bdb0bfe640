import { QUALITY_STANDARDS, type VisitReport } from '@heard/domain';
import { dateProblems, sectionOf, submitProblems, visitReportTasks } from './visit-report-tasks';

const TODAY = '2026-12-01';

const EMPTY: VisitReport = {
  visitOn: null,
  announced: null,
  childrenSpokenTo: [],
  staffSpokenTo: '',
  recordsChecked: '',
  judgements: [],
  recommendations: [],
  followUps: [],
};

const COMPLETE: VisitReport = {
  ...EMPTY,
  visitOn: '2026-11-30',
  announced: false,
  staffSpokenTo: 'The registered manager',
  recordsChecked: 'Incident log',
  judgements: QUALITY_STANDARDS.map((standard) => ({ standard, judgement: 'MET' as const, evidence: 'Seen' })),
};

const CHILD = { childId: null, name: 'Ellie', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: 'Fine', consentToShare: false };
const RECOMMENDATION = { what: 'Fix the lock', owner: 'Manager', dueOn: '2026-12-14', themes: ['SAFETY'], childId: null };

function statuses(report: VisitReport, open: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(visitReportTasks(report, TODAY, open).map((t) => [t.section, t.status]));
}

describe('the visit report task list', () => {
  it('starts with every part not yet started, the children and recommendations optional', () => {
    const tasks = visitReportTasks(EMPTY, TODAY, []);
    expect(tasks.map((t) => [t.title, t.status, t.optional])).toEqual([
      ['The visit', 'NOT_STARTED', false],
      ['Children spoken to', 'NOT_STARTED', true],
      ['Staff and records', 'NOT_STARTED', false],
      ['Quality Standards', 'NOT_STARTED', false],
      ['Recommendations for the home', 'NOT_STARTED', true],
    ]);
  });

  it('offers the follow-ups only when the home has open recommendations', () => {
    expect(visitReportTasks(EMPTY, TODAY, ['r1']).map((t) => t.section)).toEqual(['visit', 'children', 'staff', 'standards', 'recommendations', 'followUps']);
  });

  it('marks a part incomplete once begun while the submit rule still finds something missing in it', () => {
    expect(statuses({ ...EMPTY, visitOn: '2026-11-30', staffSpokenTo: 'The manager', judgements: COMPLETE.judgements.slice(0, 3) })).toEqual({
      visit: 'INCOMPLETE',
      children: 'NOT_STARTED',
      staff: 'INCOMPLETE',
      standards: 'INCOMPLETE',
      recommendations: 'NOT_STARTED',
    });
  });

  it('marks each part completed when nothing in it is missing', () => {
    expect(statuses({ ...COMPLETE, childrenSpokenTo: [CHILD], recommendations: [RECOMMENDATION] })).toEqual({
      visit: 'COMPLETED',
      children: 'COMPLETED',
      staff: 'COMPLETED',
      standards: 'COMPLETED',
      recommendations: 'COMPLETED',
    });
  });

  it('keeps a child or recommendation with a missing answer incomplete', () => {
    const report = { ...COMPLETE, childrenSpokenTo: [{ ...CHILD, whatTheySaid: ' ' }], recommendations: [{ ...RECOMMENDATION, dueOn: '2026-11-30' }] };
    expect(statuses(report)).toMatchObject({ children: 'INCOMPLETE', recommendations: 'INCOMPLETE' });
  });

  it('counts a follow-up as begun once an open recommendation has an outcome, completed once every one has', () => {
    const open = ['r1', 'r2'];
    expect(statuses(COMPLETE, open)['followUps']).toBe('NOT_STARTED');
    const one = { ...COMPLETE, followUps: [{ recommendationId: 'r1', outcome: 'DONE' as const, note: '' }] };
    expect(statuses(one, open)['followUps']).toBe('INCOMPLETE');
    const both = { ...one, followUps: [...one.followUps, { recommendationId: 'r2', outcome: 'CARRIED_OVER' as const, note: 'Next week' }] };
    expect(statuses(both, open)['followUps']).toBe('COMPLETED');
  });
});

describe("a visit report's problems before it is submitted", () => {
  it('are the domain rule in its order', () => {
    expect(submitProblems({ ...COMPLETE, announced: null, recordsChecked: '' }, TODAY, [])).toEqual([
      { field: 'announced', message: 'Say whether the visit was announced.' },
      { field: 'recordsChecked', message: 'Enter the records you checked.' },
    ]);
  });

  it('say what is wrong with date boxes that do not make a date, in place of "enter the date"', () => {
    const report = { ...COMPLETE, visitOn: '2026--30', recommendations: [{ ...RECOMMENDATION, dueOn: '2026-13-40' }] };
    const expected = [
      { field: 'visitOn', message: 'Date of the visit must include a month' },
      { field: 'recommendations.0.dueOn', message: 'Recommendation 1: due date must be a real date' },
    ];
    expect(dateProblems(report)).toEqual(expected);
    expect(submitProblems(report, TODAY, [])).toEqual(expected);
  });

  it('find no date problem in empty or real dates', () => {
    expect(dateProblems({ ...EMPTY, recommendations: [{ ...RECOMMENDATION, dueOn: '' }] })).toEqual([]);
    expect(dateProblems(COMPLETE)).toEqual([]);
  });

  it.each([
    ['visitOn', 'visit'],
    ['announced', 'visit'],
    ['childrenSpokenTo.0.name', 'children'],
    ['staffSpokenTo', 'staff'],
    ['recordsChecked', 'staff'],
    ['judgements.EDUCATION.evidence', 'standards'],
    ['recommendations.1.themes', 'recommendations'],
    ['followUps.r1.note', 'followUps'],
  ])('%s belongs to %s', (field, section) => {
    expect(sectionOf(field)).toBe(section);
  });
});
