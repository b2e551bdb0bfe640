import { createEnglandAndWalesCalendar } from '../calendar';
import { ROLES, type Role } from '../roles';
import { allowedConcernCommands, CONCERN_COMMANDS, type ConcernCommandName } from './concern-commands';
import { type ConcernCommand, type ConcernState, decide } from './ladder';
import { DEFAULT_STAGE_DEADLINES } from './stage-deadlines';
import { CONCERN_STAGES, type ConcernStage, CONCERN_STATUSES, LA_STAGES } from './stages';

const calendar = createEnglandAndWalesCalendar();
const today = '2025-03-03';

function at(stage: ConcernStage, overrides: Partial<ConcernState> = {}): ConcernState {
  const la = (LA_STAGES as readonly string[]).includes(stage);
  return {
    stage,
    status: 'OPEN',
    stageEnteredOn: today,
    deadline: la ? '2025-03-10' : null,
    respondedAtStage: false,
    informationDueOn: null,
    triaged: false,
    ...overrides,
  };
}

const current = (role: Role) => ({ role, currentAdvocate: role === 'ADVOCATE' });

describe('the steps each person may record next on a concern', () => {
  it.each<[string, ConcernState, Role, ConcernCommandName[]]>([
    ['an advocate at the informal stage', at('INFORMAL'), 'ADVOCATE', ['ESCALATE', 'RESOLVE', 'WITHDRAW', 'ADD_EVIDENCE']],
    ['an advocate at the director stage', at('DIRECTOR'), 'ADVOCATE', ['ESCALATE', 'RESOLVE', 'WITHDRAW', 'ADD_EVIDENCE']],
    ["an advocate at the Children's Commissioner", at('CHILDRENS_COMMISSIONER'), 'ADVOCATE', ['RESOLVE', 'WITHDRAW', 'ADD_EVIDENCE']],
    ['an advocate at court', at('COURT'), 'ADVOCATE', ['RESOLVE', 'WITHDRAW', 'CHILD_ASKS_ADVOCATE_TO_ATTEND', 'ADVOCATE_AT_HEARING', 'ADD_EVIDENCE']],
    ['an LA manager at an LA stage before responding', at('TEAM_MANAGER'), 'LA_MANAGER', ['RESPOND']],
    ['an LA manager at an LA stage after responding', at('TEAM_MANAGER', { respondedAtStage: true }), 'LA_MANAGER', []],
    ["an LA manager at the Children's Commissioner with nothing asked", at('CHILDRENS_COMMISSIONER'), 'LA_MANAGER', []],
    ['an LA manager asked for information', at('CHILDRENS_COMMISSIONER', { informationDueOn: '2025-03-20' }), 'LA_MANAGER', ['RESPOND']],
    ['Commissioner staff below their stage', at('DIRECTOR'), 'COMMISSIONER_STAFF', []],
    [
      "Commissioner staff at the Children's Commissioner",
      at('CHILDRENS_COMMISSIONER'),
      'COMMISSIONER_STAFF',
      ['RESOLVE', 'TRIAGE', 'REQUEST_INFORMATION', 'APPLY_TO_COURT'],
    ],
    [
      'Commissioner staff once triaged and information asked',
      at('CHILDRENS_COMMISSIONER', { triaged: true, informationDueOn: '2025-03-20' }),
      'COMMISSIONER_STAFF',
      ['RESOLVE', 'APPLY_TO_COURT'],
    ],
    ['Commissioner staff at court', at('COURT'), 'COMMISSIONER_STAFF', ['RESOLVE', 'RECORD_HEARING']],
    ['an administrator', at('INFORMAL'), 'ADMIN', []],
  ])('%s', (_, state, role, expected) => {
    expect(allowedConcernCommands(state, current(role))).toEqual(expected);
  });

  it.each<[string, ConcernState]>([
    ['resolved', at('INFORMAL', { status: 'RESOLVED' })],
    ['withdrawn', at('COURT', { status: 'WITHDRAWN' })],
  ])('nobody records anything on a %s concern', (_, state) => {
    expect(ROLES.flatMap((role) => allowedConcernCommands(state, current(role)))).toEqual([]);
  });

  it('a former advocate may read the concern but record nothing on it', () => {
    expect(allowedConcernCommands(at('INFORMAL'), { role: 'ADVOCATE', currentAdvocate: false })).toEqual([]);
  });
});

/** A valid command of each kind, so only the concern's state and the role can refuse it. */
function sample(kind: ConcernCommandName, state: ConcernState): ConcernCommand {
  switch (kind) {
    case 'ESCALATE':
      return { kind, to: CONCERN_STAGES[CONCERN_STAGES.indexOf(state.stage) + 1] ?? 'COURT', atRiskReason: 'The child is at risk.' };
    case 'RESOLVE':
      return { kind, outcome: 'Sorted, in the child’s words.' };
    case 'WITHDRAW':
      return { kind, reason: 'The child wants to stop.' };
    case 'REQUEST_INFORMATION':
      return { kind, dueOn: '2025-03-20' };
    default:
      return { kind };
  }
}

describe('the steps offered are exactly the steps the ladder accepts', () => {
  const states = CONCERN_STATUSES.flatMap((status) =>
    CONCERN_STAGES.flatMap((stage) =>
      [false, true].flatMap((respondedAtStage) =>
        [null, '2025-03-20'].flatMap((informationDueOn) => [false, true].map((triaged) => at(stage, { status, respondedAtStage, informationDueOn, triaged }))),
      ),
    ),
  );
  it.each(ROLES.flatMap((role) => CONCERN_COMMANDS.map((kind) => [role, kind] as const)))('%s × %s', (role, kind) => {
    for (const state of states) {
      const accepted = decide(state, sample(kind, state), { role, today, calendar, deadlines: DEFAULT_STAGE_DEADLINES }).ok;
      expect({ state, offered: allowedConcernCommands(state, current(role)).includes(kind) }).toEqual({ state, offered: accepted });
    }
  });
});
