import { ukLongDate, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Role } from '../roles';
import { COMMAND_ROLES, commissionerMayResolve, laMayRespond, mayEscalate } from './concern-commands';
import { stageDeadline, type StageDeadlines } from './stage-deadlines';
import { CONCERN_STAGES, type ConcernStage, type ConcernStatus, isLaStage, STAGE_LABELS, stageIndex } from './stages';

/** Where a concern stands. Every change is a new state from `decide`; nothing is edited in place. */
export interface ConcernState {
  stage: ConcernStage;
  status: ConcernStatus;
  stageEnteredOn: IsoDate;
  /** When the LA must respond at this stage; null beyond the LA stages. */
  deadline: IsoDate | null;
  /** The LA has responded at this stage (without the concern being resolved). */
  respondedAtStage: boolean;
  /** The Commissioner has asked the LA for information, due by this date; null when none is outstanding. */
  informationDueOn: IsoDate | null;
  triaged: boolean;
}

export type ConcernCommand =
  | { kind: 'RESPOND' }
  | { kind: 'ESCALATE'; to: ConcernStage; atRiskReason?: string | null }
  | { kind: 'RESOLVE'; outcome: string }
  | { kind: 'WITHDRAW'; reason: string }
  | { kind: 'TRIAGE' }
  | { kind: 'REQUEST_INFORMATION'; dueOn: IsoDate }
  | { kind: 'APPLY_TO_COURT' }
  | { kind: 'RECORD_HEARING' }
  | { kind: 'CHILD_ASKS_ADVOCATE_TO_ATTEND' }
  | { kind: 'ADVOCATE_AT_HEARING' }
  | { kind: 'ADD_EVIDENCE' };

export type ConcernCommandKind = ConcernCommand['kind'];

export interface LadderContext {
  role: Role;
  today: IsoDate;
  calendar: WorkingDayCalendar;
  deadlines: StageDeadlines;
}

/**
 * `conflict`: the concern's current state refuses the step (typically another step got there first, e.g. it is
 * already resolved or at that stage), as opposed to a refusal of the request itself; the API answers CONFLICT.
 */
/** A refusal may name the input `field` it is about (the at-risk reason), so the portal puts it under that field. */
export type Decision = { ok: true; next: ConcernState } | { ok: false; refusal: string; conflict?: true; field?: string };

/** A new concern starts at the informal stage, raised with the social worker on `raisedOn`. */
export function raiseConcern(raisedOn: IsoDate, context: Omit<LadderContext, 'role'>): Decision {
  if (raisedOn > context.today) return refuse(`The date the concern was raised cannot be in the future. Today is ${ukLongDate(context.today)}.`);
  return { ok: true, next: enter('INFORMAL', raisedOn, context) };
}

/** The one place the ladder's rules live: the API enforces it, the portal previews it. */
export function decide(state: ConcernState, command: ConcernCommand, context: LadderContext): Decision {
  if (state.status !== 'OPEN')
    return conflict(`This concern was ${state.status === 'RESOLVED' ? 'resolved' : 'withdrawn'}; nothing more can be recorded on it.`);
  if (!COMMAND_ROLES[command.kind].includes(context.role)) return refuse(`${roleName(context.role)} cannot ${VERBS[command.kind]}.`);
  switch (command.kind) {
    case 'RESPOND':
      return respond(state);
    case 'ESCALATE':
      return escalate(state, command.to, command.atRiskReason ?? null, context);
    case 'RESOLVE':
      if (context.role === 'COMMISSIONER_STAFF' && !commissionerMayResolve(state)) {
        return refuse("Commissioner staff can resolve a concern only once it has reached the Children's Commissioner.");
      }
      if (command.outcome.trim() === '') return refuse("Enter the outcome in the child's terms.");
      return { ok: true, next: { ...state, status: 'RESOLVED', informationDueOn: null } };
    case 'WITHDRAW':
      if (command.reason.trim() === '') return refuse('Enter why the child wants to withdraw the concern.');
      return { ok: true, next: { ...state, status: 'WITHDRAWN', informationDueOn: null } };
    case 'TRIAGE':
      if (state.triaged) return conflict('This concern has already been triaged.');
      return atStage(state, 'CHILDRENS_COMMISSIONER', 'triaged') ?? { ok: true, next: { ...state, triaged: true } };
    case 'REQUEST_INFORMATION':
      if (command.dueOn <= context.today) return refuse(`The LA's deadline must be after today, ${ukLongDate(context.today)}.`);
      if (state.informationDueOn !== null)
        return conflict(`The Children's Commissioner has already asked for information by ${ukLongDate(state.informationDueOn)}.`);
      return atStage(state, 'CHILDRENS_COMMISSIONER', 'asked for information') ?? { ok: true, next: { ...state, informationDueOn: command.dueOn } };
    case 'APPLY_TO_COURT':
      return atStage(state, 'CHILDRENS_COMMISSIONER', 'taken to court') ?? { ok: true, next: enter('COURT', context.today, context) };
    case 'RECORD_HEARING':
    case 'CHILD_ASKS_ADVOCATE_TO_ATTEND':
    case 'ADVOCATE_AT_HEARING':
      return atStage(state, 'COURT', 'given court details') ?? { ok: true, next: state };
    case 'ADD_EVIDENCE':
      return { ok: true, next: state };
  }
}

/** The LA has not responded and its deadline has passed. */
export function isStageOverdue(state: ConcernState, today: IsoDate): boolean {
  return state.status === 'OPEN' && state.deadline !== null && !state.respondedAtStage && today > state.deadline;
}

/** The Commissioner's request for information is past its deadline. */
export function isInformationOverdue(state: ConcernState, today: IsoDate): boolean {
  return state.status === 'OPEN' && state.informationDueOn !== null && today > state.informationDueOn;
}

/** The stages an advocate may move the concern to now (the portal offers these; `decide` enforces them). */
export function escalationTargets(state: ConcernState, context: Omit<LadderContext, 'role'>): Array<{ stage: ConcernStage; needsAtRiskReason: boolean }> {
  if (state.status !== 'OPEN' || !mayEscalate(state)) return [];
  const current = stageIndex(state.stage);
  const commissioner = stageIndex('CHILDRENS_COMMISSIONER');
  const nextAllowed = nextStepAllowed(state, context.today);
  return CONCERN_STAGES.filter((_, i) => i > current && i <= commissioner).map((stage) => ({
    stage,
    needsAtRiskReason: stageIndex(stage) > current + 1 || !nextAllowed,
  }));
}

function respond(state: ConcernState): Decision {
  if (laMayRespond(state)) return { ok: true, next: isLaStage(state.stage) ? { ...state, respondedAtStage: true } : { ...state, informationDueOn: null } };
  if (isLaStage(state.stage)) return conflict('The local authority has already responded at this stage.');
  return conflict(
    "The local authority can respond while the concern is at one of its stages, or when the Children's Commissioner has asked it for information.",
  );
}

function escalate(state: ConcernState, to: ConcernStage, atRiskReason: string | null, context: LadderContext): Decision {
  const from = stageIndex(state.stage);
  const target = stageIndex(to);
  if (state.stage === 'COURT') return conflict('The concern is already before the court: there is no higher stage.');
  if (to === 'COURT') return refuse("Only the Children's Commissioner can take a concern to court.");
  if (target <= from) return conflict(`A concern can only move up the ladder: it is already at "${STAGE_LABELS[state.stage]}".`);
  const atRisk = atRiskReason !== null && atRiskReason.trim() !== '';
  if (target > from + 1 && !atRisk) return refuse('Stages can be skipped only when the child is at risk: record why.', 'atRiskReason');
  if (!atRisk && !nextStepAllowed(state, context.today)) {
    return refuse(
      `${STAGE_LABELS[state.stage]} has until ${state.deadline ?? ''} to respond. Escalate once the deadline has passed or they have responded, or record why the child is at risk.`,
      'atRiskReason',
    );
  }
  return { ok: true, next: enter(to, context.today, context) };
}

function nextStepAllowed(state: ConcernState, today: IsoDate): boolean {
  return state.respondedAtStage || state.deadline === null || today > state.deadline;
}

function enter(stage: ConcernStage, on: IsoDate, context: Omit<LadderContext, 'role'>): ConcernState {
  return {
    stage,
    status: 'OPEN',
    stageEnteredOn: on,
    deadline: isLaStage(stage) ? stageDeadline(context.calendar, stage, on, context.deadlines).dueOn : null,
    respondedAtStage: false,
    informationDueOn: null,
    triaged: false,
  };
}

function atStage(state: ConcernState, stage: ConcernStage, what: string): Decision | null {
  return state.stage === stage
    ? null
    : conflict(`A concern can be ${what} only at the "${STAGE_LABELS[stage]}" stage; this one is at "${STAGE_LABELS[state.stage]}".`);
}

function refuse(refusal: string, field?: string): Decision {
  return field === undefined ? { ok: false, refusal } : { ok: false, refusal, field };
}

function conflict(refusal: string): Decision {
  return { ok: false, refusal, conflict: true };
}

const VERBS: Readonly<Record<ConcernCommandKind, string>> = {
  RESPOND: "respond on the local authority's behalf",
  ESCALATE: 'escalate a concern',
  RESOLVE: 'resolve a concern',
  WITHDRAW: 'withdraw a concern',
  TRIAGE: 'triage a concern',
  REQUEST_INFORMATION: 'request information from the local authority',
  APPLY_TO_COURT: 'apply to court',
  RECORD_HEARING: 'record a court hearing',
  CHILD_ASKS_ADVOCATE_TO_ATTEND: "record the child's request for their advocate to attend court",
  ADVOCATE_AT_HEARING: 'record the advocate at a hearing',
  ADD_EVIDENCE: 'add evidence',
};

function roleName(role: Role): string {
  const names: Record<Role, string> = {
    ADVOCATE: 'An advocate',
    LA_MANAGER: 'A local authority manager',
    COMMISSIONER_STAFF: "Children's Commissioner staff",
    ADMIN: 'An administrator',
    PROVIDER_MANAGER: 'A provider manager',
    DATA_PROTECTION_OFFICER: 'A data protection officer',
  };
  return names[role];
}
