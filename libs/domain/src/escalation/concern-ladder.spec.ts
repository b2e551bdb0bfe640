import { createEnglandAndWalesCalendar } from '../calendar';
import type { Role } from '../roles';
import {
  type ConcernCommand,
  type ConcernState,
  decide,
  escalationTargets,
  isInformationOverdue,
  isStageOverdue,
  type LadderContext,
  raiseConcern,
} from './ladder';
import { DEFAULT_STAGE_DEADLINES } from './stage-deadlines';
import { CONCERN_STAGES, type ConcernStage, LA_STAGES } from './stages';

const calendar = createEnglandAndWalesCalendar();
const base = { calendar, deadlines: DEFAULT_STAGE_DEADLINES };
const as = (role: Role, today = '2025-03-03'): LadderContext => ({ ...base, role, today });

function at(stage: ConcernStage, overrides: Partial<ConcernState> = {}): ConcernState {
  const la = (LA_STAGES as readonly string[]).includes(stage);
  return {
    stage,
    status: 'OPEN',
    stageEnteredOn: '2025-03-03',
    deadline: la ? '2025-03-10' : null,
    respondedAtStage: false,
    informationDueOn: null,
    triaged: false,
    ...overrides,
  };
}

function refusal(state: ConcernState, command: ConcernCommand, context: LadderContext): string | null {
  const decision = decide(state, command, context);
  return decision.ok ? null : decision.refusal;
}

function nextOf(state: ConcernState, command: ConcernCommand, context: LadderContext): ConcernState {
  const decision = decide(state, command, context);
  if (!decision.ok) throw new Error(decision.refusal);
  return decision.next;
}

describe('raising a concern starts the informal stage with a deadline in working days', () => {
  it('the social worker has 5 working days, skipping Christmas and Boxing Day', () => {
    expect(raiseConcern('2025-12-22', { ...base, today: '2025-12-22' })).toEqual({
      ok: true,
      next: {
        stage: 'INFORMAL',
        status: 'OPEN',
        stageEnteredOn: '2025-12-22',
        deadline: '2025-12-31',
        respondedAtStage: false,
        informationDueOn: null,
        triaged: false,
      },
    });
  });

  it('the deadline skips Good Friday and Easter Monday', () => {
    const raised = raiseConcern('2026-04-01', { ...base, today: '2026-04-01' });
    expect(raised.ok && raised.next.deadline).toBe('2026-04-10');
  });

  it('a concern raised with the social worker earlier keeps that date; one in the future is refused', () => {
    const earlier = raiseConcern('2025-02-20', { ...base, today: '2025-03-03' });
    expect(earlier.ok && [earlier.next.stageEnteredOn, earlier.next.deadline]).toEqual(['2025-02-20', '2025-02-27']);
    expect(raiseConcern('2025-03-04', { ...base, today: '2025-03-03' })).toEqual({
      ok: false,
      refusal: 'The date the concern was raised cannot be in the future. Today is 3 March 2025.',
    });
  });
});

describe('escalating to the next stage', () => {
  const pairs = CONCERN_STAGES.slice(0, 4).map((stage, i) => [stage, CONCERN_STAGES[i + 1] as ConcernStage] as const);

  it.each(pairs)('from %s to %s is refused before the deadline when the LA has not responded', (from, to) => {
    expect(refusal(at(from), { kind: 'ESCALATE', to }, as('ADVOCATE', '2025-03-10'))).toMatch(
      /has until 2025-03-10 to respond\. Escalate once the deadline has passed or they have responded, or record why the child is at risk\.$/,
    );
    const decision = decide(at(from), { kind: 'ESCALATE', to }, as('ADVOCATE', '2025-03-10'));
    expect(decision.ok === false && decision.field).toBe('atRiskReason');
  });

  it.each(pairs)('from %s to %s is allowed the day after a missed deadline', (from, to) => {
    const next = nextOf(at(from), { kind: 'ESCALATE', to }, as('ADVOCATE', '2025-03-11'));
    expect([next.stage, next.stageEnteredOn, next.respondedAtStage]).toEqual([to, '2025-03-11', false]);
  });

  it.each(pairs)('from %s to %s is allowed once the LA has responded without resolving it', (from, to) => {
    expect(nextOf(at(from, { respondedAtStage: true }), { kind: 'ESCALATE', to }, as('ADVOCATE', '2025-03-04')).stage).toBe(to);
  });

  it.each(pairs)('from %s to %s is allowed at once when the child is at risk', (from, to) => {
    expect(nextOf(at(from), { kind: 'ESCALATE', to, atRiskReason: 'Child reports being hurt' }, as('ADVOCATE', '2025-03-04')).stage).toBe(to);
  });

  it.each([
    ['TEAM_MANAGER', '2025-03-18'],
    ['SERVICE_MANAGER', '2025-03-18'],
    ['DIRECTOR', '2025-03-18'],
    ['CHILDRENS_COMMISSIONER', null],
  ] as const)('entering %s sets its deadline to %s', (to, deadline) => {
    const from = CONCERN_STAGES[CONCERN_STAGES.indexOf(to) - 1] as ConcernStage;
    expect(nextOf(at(from), { kind: 'ESCALATE', to }, as('ADVOCATE', '2025-03-11')).deadline).toBe(deadline);
  });
});

describe('skipping stages needs a recorded reason that the child is at risk', () => {
  it.each([
    ['INFORMAL', 'SERVICE_MANAGER'],
    ['INFORMAL', 'CHILDRENS_COMMISSIONER'],
    ['TEAM_MANAGER', 'DIRECTOR'],
    ['SERVICE_MANAGER', 'CHILDRENS_COMMISSIONER'],
  ] as const)('%s to %s', (from, to) => {
    const late = as('ADVOCATE', '2025-04-01');
    expect(refusal(at(from), { kind: 'ESCALATE', to }, late)).toBe('Stages can be skipped only when the child is at risk: record why.');
    expect(refusal(at(from), { kind: 'ESCALATE', to, atRiskReason: '   ' }, late)).toBe('Stages can be skipped only when the child is at risk: record why.');
    // The refusal names the field it is about, so the portal shows it under the at-risk reason.
    expect(decide(at(from), { kind: 'ESCALATE', to }, late)).toEqual({
      ok: false,
      refusal: 'Stages can be skipped only when the child is at risk: record why.',
      field: 'atRiskReason',
    });
    expect(nextOf(at(from), { kind: 'ESCALATE', to, atRiskReason: 'Missing from placement' }, late).stage).toBe(to);
  });
});

describe('moves the ladder refuses', () => {
  it.each([
    ['TEAM_MANAGER', 'INFORMAL', 'A concern can only move up the ladder: it is already at "Team manager".'],
    ['DIRECTOR', 'DIRECTOR', 'A concern can only move up the ladder: it is already at "Director of children\'s services".'],
    ['CHILDRENS_COMMISSIONER', 'DIRECTOR', 'A concern can only move up the ladder: it is already at "Children\'s Commissioner".'],
    ['CHILDRENS_COMMISSIONER', 'COURT', "Only the Children's Commissioner can take a concern to court."],
    ['DIRECTOR', 'COURT', "Only the Children's Commissioner can take a concern to court."],
    ['COURT', 'CHILDRENS_COMMISSIONER', 'The concern is already before the court: there is no higher stage.'],
  ] as const)('from %s to %s', (from, to, message) => {
    expect(refusal(at(from), { kind: 'ESCALATE', to, atRiskReason: 'At risk' }, as('ADVOCATE', '2025-04-01'))).toBe(message);
  });
});

describe('the local authority responds', () => {
  it.each(LA_STAGES)('at %s, which lets the advocate escalate before the deadline', (stage) => {
    expect(nextOf(at(stage), { kind: 'RESPOND' }, as('LA_MANAGER')).respondedAtStage).toBe(true);
  });

  it('to the Commissioner’s request for information, which clears it', () => {
    expect(nextOf(at('CHILDRENS_COMMISSIONER', { informationDueOn: '2025-03-20' }), { kind: 'RESPOND' }, as('LA_MANAGER')).informationDueOn).toBeNull();
  });

  it.each([at('CHILDRENS_COMMISSIONER'), at('COURT')])('but not at $stage without a request for information', (state) => {
    expect(refusal(state, { kind: 'RESPOND' }, as('LA_MANAGER'))).toBe(
      "The local authority can respond while the concern is at one of its stages, or when the Children's Commissioner has asked it for information.",
    );
  });
});

describe('resolving and withdrawing', () => {
  it.each(CONCERN_STAGES)('the advocate can resolve at %s with the outcome in the child’s terms', (stage) => {
    expect(nextOf(at(stage), { kind: 'RESOLVE', outcome: 'I can see my sister every Saturday now' }, as('ADVOCATE')).status).toBe('RESOLVED');
    expect(refusal(at(stage), { kind: 'RESOLVE', outcome: ' ' }, as('ADVOCATE'))).toBe("Enter the outcome in the child's terms.");
  });

  it.each(CONCERN_STAGES)('the child can withdraw the concern at %s', (stage) => {
    expect(nextOf(at(stage), { kind: 'WITHDRAW', reason: 'I do not want to take it further' }, as('ADVOCATE')).status).toBe('WITHDRAWN');
    expect(refusal(at(stage), { kind: 'WITHDRAW', reason: '' }, as('ADVOCATE'))).toBe('Enter why the child wants to withdraw the concern.');
  });

  it.each(LA_STAGES)('Commissioner staff cannot resolve a concern still at %s', (stage) => {
    expect(refusal(at(stage), { kind: 'RESOLVE', outcome: 'Done' }, as('COMMISSIONER_STAFF'))).toBe(
      "Commissioner staff can resolve a concern only once it has reached the Children's Commissioner.",
    );
  });

  it.each(['CHILDRENS_COMMISSIONER', 'COURT'] as const)('Commissioner staff can resolve at %s', (stage) => {
    expect(nextOf(at(stage), { kind: 'RESOLVE', outcome: 'The LA agreed to keep the siblings together' }, as('COMMISSIONER_STAFF')).status).toBe('RESOLVED');
  });

  const every: ConcernCommand[] = [
    { kind: 'RESPOND' },
    { kind: 'ESCALATE', to: 'DIRECTOR', atRiskReason: 'x' },
    { kind: 'RESOLVE', outcome: 'x' },
    { kind: 'WITHDRAW', reason: 'x' },
    { kind: 'TRIAGE' },
    { kind: 'REQUEST_INFORMATION', dueOn: '2025-04-01' },
    { kind: 'APPLY_TO_COURT' },
    { kind: 'RECORD_HEARING' },
    { kind: 'CHILD_ASKS_ADVOCATE_TO_ATTEND' },
    { kind: 'ADVOCATE_AT_HEARING' },
    { kind: 'ADD_EVIDENCE' },
  ];
  it.each(every)('a resolved or withdrawn concern refuses $kind', (command) => {
    expect(refusal(at('TEAM_MANAGER', { status: 'RESOLVED' }), command, as('ADVOCATE'))).toBe('This concern was resolved; nothing more can be recorded on it.');
    expect(refusal(at('TEAM_MANAGER', { status: 'WITHDRAWN' }), command, as('LA_MANAGER'))).toBe(
      'This concern was withdrawn; nothing more can be recorded on it.',
    );
  });
});

describe('the Commissioner stage and court', () => {
  const commissioner = as('COMMISSIONER_STAFF');

  it('triage, a request for information with a deadline, then an application to court', () => {
    const triaged = nextOf(at('CHILDRENS_COMMISSIONER'), { kind: 'TRIAGE' }, commissioner);
    expect(triaged.triaged).toBe(true);
    const asked = nextOf(triaged, { kind: 'REQUEST_INFORMATION', dueOn: '2025-03-17' }, commissioner);
    expect(asked.informationDueOn).toBe('2025-03-17');
    expect(isInformationOverdue(asked, '2025-03-17')).toBe(false);
    expect(isInformationOverdue(asked, '2025-03-18')).toBe(true);
    const court = nextOf(asked, { kind: 'APPLY_TO_COURT' }, commissioner);
    expect([court.stage, court.deadline, court.stageEnteredOn, court.informationDueOn]).toEqual(['COURT', null, '2025-03-03', null]);
    expect(nextOf(court, { kind: 'RECORD_HEARING' }, commissioner)).toEqual(court);
    expect(nextOf(court, { kind: 'CHILD_ASKS_ADVOCATE_TO_ATTEND' }, as('ADVOCATE'))).toEqual(court);
    expect(nextOf(court, { kind: 'ADVOCATE_AT_HEARING' }, as('ADVOCATE'))).toEqual(court);
  });

  it('a request for information must be due after today', () => {
    expect(refusal(at('CHILDRENS_COMMISSIONER'), { kind: 'REQUEST_INFORMATION', dueOn: '2025-03-03' }, commissioner)).toBe(
      "The LA's deadline must be after today, 3 March 2025.",
    );
  });

  it.each([...LA_STAGES, 'COURT'] as const)('triage, information requests and court applications are refused at %s', (stage) => {
    for (const command of [{ kind: 'TRIAGE' }, { kind: 'REQUEST_INFORMATION', dueOn: '2025-04-01' }, { kind: 'APPLY_TO_COURT' }] as const) {
      expect(refusal(at(stage), command, commissioner)).toMatch(
        /^A concern can be (triaged|asked for information|taken to court) only at the "Children's Commissioner" stage;/,
      );
    }
  });

  it.each([...LA_STAGES, 'CHILDRENS_COMMISSIONER'] as const)('court details are refused at %s', (stage) => {
    expect(refusal(at(stage), { kind: 'RECORD_HEARING' }, commissioner)).toMatch(/^A concern can be given court details only at the "Court" stage;/);
    expect(refusal(at(stage), { kind: 'ADVOCATE_AT_HEARING' }, as('ADVOCATE'))).toMatch(/^A concern can be given court details only at the "Court" stage;/);
  });
});

describe('only the right role can take each step', () => {
  it.each([
    ['LA_MANAGER', { kind: 'ESCALATE', to: 'TEAM_MANAGER' }, 'A local authority manager cannot escalate a concern.'],
    ['COMMISSIONER_STAFF', { kind: 'RESPOND' }, "Children's Commissioner staff cannot respond on the local authority's behalf."],
    ['ADVOCATE', { kind: 'RESPOND' }, "An advocate cannot respond on the local authority's behalf."],
    ['LA_MANAGER', { kind: 'RESOLVE', outcome: 'x' }, 'A local authority manager cannot resolve a concern.'],
    ['LA_MANAGER', { kind: 'WITHDRAW', reason: 'x' }, 'A local authority manager cannot withdraw a concern.'],
    ['COMMISSIONER_STAFF', { kind: 'WITHDRAW', reason: 'x' }, "Children's Commissioner staff cannot withdraw a concern."],
    ['ADVOCATE', { kind: 'TRIAGE' }, 'An advocate cannot triage a concern.'],
    ['LA_MANAGER', { kind: 'REQUEST_INFORMATION', dueOn: '2025-04-01' }, 'A local authority manager cannot request information from the local authority.'],
    ['ADVOCATE', { kind: 'APPLY_TO_COURT' }, 'An advocate cannot apply to court.'],
    ['ADVOCATE', { kind: 'RECORD_HEARING' }, 'An advocate cannot record a court hearing.'],
    ['COMMISSIONER_STAFF', { kind: 'ADVOCATE_AT_HEARING' }, "Children's Commissioner staff cannot record the advocate at a hearing."],
    ['ADMIN', { kind: 'ADD_EVIDENCE' }, 'An administrator cannot add evidence.'],
  ] as const)('%s: %j', (role, command, message) => {
    expect(refusal(at('CHILDRENS_COMMISSIONER'), command, as(role))).toBe(message);
  });
});

describe('overdue stages and the targets offered to the advocate', () => {
  it('a stage is overdue only after its deadline, while the LA has not responded', () => {
    expect(isStageOverdue(at('TEAM_MANAGER'), '2025-03-10')).toBe(false);
    expect(isStageOverdue(at('TEAM_MANAGER'), '2025-03-11')).toBe(true);
    expect(isStageOverdue(at('TEAM_MANAGER', { respondedAtStage: true }), '2025-03-11')).toBe(false);
    expect(isStageOverdue(at('TEAM_MANAGER', { status: 'RESOLVED' }), '2025-03-11')).toBe(false);
    expect(isStageOverdue(at('CHILDRENS_COMMISSIONER'), '2026-01-01')).toBe(false);
  });

  it('before the deadline every target needs an at-risk reason; after it, only skips do', () => {
    expect(escalationTargets(at('SERVICE_MANAGER'), { ...base, today: '2025-03-10' })).toEqual([
      { stage: 'DIRECTOR', needsAtRiskReason: true },
      { stage: 'CHILDRENS_COMMISSIONER', needsAtRiskReason: true },
    ]);
    expect(escalationTargets(at('SERVICE_MANAGER'), { ...base, today: '2025-03-11' })).toEqual([
      { stage: 'DIRECTOR', needsAtRiskReason: false },
      { stage: 'CHILDRENS_COMMISSIONER', needsAtRiskReason: true },
    ]);
    expect(escalationTargets(at('CHILDRENS_COMMISSIONER'), { ...base, today: '2025-03-11' })).toEqual([]);
  });
});

describe('a step the current state already rules out is a conflict (the API answers CONFLICT)', () => {
  const commissioner = as('COMMISSIONER_STAFF');
  it.each<[string, ConcernState, ConcernCommand, Role, string]>([
    [
      'a second response at the same stage',
      at('TEAM_MANAGER', { respondedAtStage: true }),
      { kind: 'RESPOND' },
      'LA_MANAGER',
      'The local authority has already responded at this stage.',
    ],
    [
      'escalating to the stage it is at',
      at('TEAM_MANAGER'),
      { kind: 'ESCALATE', to: 'TEAM_MANAGER', atRiskReason: 'At risk' },
      'ADVOCATE',
      'A concern can only move up the ladder: it is already at "Team manager".',
    ],
    ['a second triage', at('CHILDRENS_COMMISSIONER', { triaged: true }), { kind: 'TRIAGE' }, 'COMMISSIONER_STAFF', 'This concern has already been triaged.'],
    [
      'a second request for information',
      at('CHILDRENS_COMMISSIONER', { informationDueOn: '2025-03-20' }),
      { kind: 'REQUEST_INFORMATION', dueOn: '2025-03-21' },
      'COMMISSIONER_STAFF',
      "The Children's Commissioner has already asked for information by 20 March 2025.",
    ],
    [
      'a second court application',
      at('COURT'),
      { kind: 'APPLY_TO_COURT' },
      'COMMISSIONER_STAFF',
      'A concern can be taken to court only at the "Children\'s Commissioner" stage; this one is at "Court".',
    ],
    [
      'anything on a resolved concern',
      at('INFORMAL', { status: 'RESOLVED' }),
      { kind: 'RESOLVE', outcome: 'Done' },
      'ADVOCATE',
      'This concern was resolved; nothing more can be recorded on it.',
    ],
  ])('%s', (_what, state, command, role, message) => {
    expect(decide(state, command, { ...commissioner, role })).toEqual({ ok: false, refusal: message, conflict: true });
  });

  it('a refusal of the request itself is not a conflict', () => {
    expect(decide(at('INFORMAL'), { kind: 'ESCALATE', to: 'DIRECTOR' }, as('ADVOCATE', '2025-03-11'))).toEqual({
      ok: false,
      refusal: 'Stages can be skipped only when the child is at risk: record why.',
      field: 'atRiskReason',
    });
  });
});
