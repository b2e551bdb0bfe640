import { domainReport, reportInput, type VisitAnswers } from './visit-answers';

const ANSWERS: VisitAnswers = {
  visitOn: '',
  announced: true,
  children: [{ name: 'Ellie', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: 'Fine', consentToShare: false }],
  staff: 'The manager',
  records: 'Incident log',
  judged: { EDUCATION: { judgement: 'MET', evidence: 'Seen' }, QUALITY_AND_PURPOSE_OF_CARE: { judgement: 'NOT_SEEN', evidence: '' } },
  recommendations: [{ what: 'Fix the lock', owner: 'Manager', dueOn: '2026-12-14', themes: ['SAFETY'], childId: null }],
  followUps: { r1: { outcome: '', note: 'Not decided' }, r2: { outcome: 'DONE', note: '' } },
};

describe("the visit report's answers", () => {
  it('go to the API with no date as null, judgements in the standards order and only the follow-ups with an outcome', () => {
    expect(reportInput(ANSWERS)).toEqual({
      visitOn: null,
      announced: true,
      childrenSpokenTo: [{ childId: null, name: 'Ellie', spokeInPrivate: true, consentToSpeak: true, whatTheySaid: 'Fine', consentToShare: false }],
      staffSpokenTo: 'The manager',
      recordsChecked: 'Incident log',
      judgements: [
        { standard: 'QUALITY_AND_PURPOSE_OF_CARE', judgement: 'NOT_SEEN', evidence: '' },
        { standard: 'EDUCATION', judgement: 'MET', evidence: 'Seen' },
      ],
      recommendations: [{ what: 'Fix the lock', owner: 'Manager', dueOn: '2026-12-14', themes: ['SAFETY'], childId: null }],
      followUps: [{ recommendationId: 'r2', outcome: 'DONE', note: '' }],
    });
  });

  it('are read by the domain rule as the API reads them', () => {
    const input = reportInput({ ...ANSWERS, visitOn: '2026-11-30' });
    expect(domainReport({ ...ANSWERS, visitOn: '2026-11-30' })).toEqual(input);
  });
});
