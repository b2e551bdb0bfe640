import { type CommandRoles, permitted } from '../commands/command-table';
import { CONCERN_THEMES } from '../escalation/themes';
import { isIsoDate, toDayNumber, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { FieldProblem } from '../admin/user-accounts';
import { portalHome } from '../portal/portal-addresses';
import type { Role } from '../roles';

/** Working days an LA has to answer a theme the Commissioner puts to it (as long as a first-meeting deadline). */
export const THEME_RESPONSE_WORKING_DAYS = 20;

/** The longest text kept in any field of an answer or a follow-up, in characters. */
export const THEME_ANSWER_TEXT_MAX = 2000;

export type ThemeRequestState = 'AWAITING_ANSWER' | 'ANSWERED';
export type ThemeRequestStatus = 'AWAITING_ANSWER' | 'OVERDUE' | 'ANSWERED_ON_TIME' | 'ANSWERED_LATE';
export type ThemeFollowUpState = 'OPEN' | 'DONE';

export const THEME_REQUEST_STATUS_LABELS: Readonly<Record<ThemeRequestStatus, string>> = {
  AWAITING_ANSWER: 'Awaiting answer',
  OVERDUE: 'Overdue',
  ANSWERED_ON_TIME: 'Answered on time',
  ANSWERED_LATE: 'Answered late',
};

export type ThemeAnswerCommand = 'PUT_THEME' | 'ANSWER' | 'RECORD_PROVIDER_ANSWER' | 'ADD_FOLLOW_UP' | 'COMPLETE_FOLLOW_UP';

/** Whom a theme is put to: a local authority (its managers answer in Heard) or a children's home provider (no account). */
export type ThemeRecipientKind = 'LOCAL_AUTHORITY' | 'PROVIDER';

/**
 * The Commissioner puts a theme; an LA's managers answer it and track what follows (the service checks it is their LA).
 * A provider has no account, so Commissioner staff record its answer and track its follow-ups.
 */
export const THEME_ANSWER_COMMAND_ROLES: CommandRoles<ThemeAnswerCommand> = {
  PUT_THEME: ['COMMISSIONER_STAFF'],
  ANSWER: ['LA_MANAGER'],
  RECORD_PROVIDER_ANSWER: ['COMMISSIONER_STAFF'],
  ADD_FOLLOW_UP: ['LA_MANAGER', 'COMMISSIONER_STAFF'],
  COMPLETE_FOLLOW_UP: ['LA_MANAGER', 'COMMISSIONER_STAFF'],
};

/** Who answers and follows up a request put to `kind`: an LA's managers for an LA, Commissioner staff for a provider. */
export function themeRequestResponder(kind: ThemeRecipientKind): Role {
  return kind === 'PROVIDER' ? 'COMMISSIONER_STAFF' : 'LA_MANAGER';
}

/** Who may read theme requests: the Commissioner all of them, an LA manager its own LA's. */
export const THEME_REQUEST_READERS: readonly [Role, ...Role[]] = ['COMMISSIONER_STAFF', 'LA_MANAGER'];

/** The date an answer is due: THEME_RESPONSE_WORKING_DAYS working days after the London date it was put. */
export function themeResponseDeadline(calendar: WorkingDayCalendar, putOn: IsoDate): IsoDate {
  return calendar.addWorkingDays(putOn, THEME_RESPONSE_WORKING_DAYS);
}

/** On time when answered (London date) on or before the deadline. */
export function answeredOnTime(deadline: IsoDate, answeredOn: IsoDate): boolean {
  return toDayNumber(answeredOn) <= toDayNumber(deadline);
}

/** Where a request stands on `today` (a London date). */
export function themeRequestStatus(request: { deadline: IsoDate; answeredOn: IsoDate | null }, today: IsoDate): ThemeRequestStatus {
  if (request.answeredOn !== null) return answeredOnTime(request.deadline, request.answeredOn) ? 'ANSWERED_ON_TIME' : 'ANSWERED_LATE';
  return toDayNumber(today) > toDayNumber(request.deadline) ? 'OVERDUE' : 'AWAITING_ANSWER';
}

/**
 * The commands `role` may issue on a request in `state` put to `kind` (answered once; follow-ups only after the answer,
 * and only by whoever answers for that kind of recipient).
 */
export function themeRequestCommands(state: ThemeRequestState, role: Role, kind: ThemeRecipientKind): ThemeAnswerCommand[] {
  if (role !== themeRequestResponder(kind)) return [];
  return permitted(THEME_ANSWER_COMMAND_ROLES, role, (command) => {
    if (command === 'PUT_THEME') return false;
    if (command === 'ANSWER') return kind === 'LOCAL_AUTHORITY' && state === 'AWAITING_ANSWER';
    if (command === 'RECORD_PROVIDER_ANSWER') return kind === 'PROVIDER' && state === 'AWAITING_ANSWER';
    return state === 'ANSWERED';
  });
}

export function textProblem(field: string, label: string, value: string): FieldProblem | null {
  const text = value.trim();
  if (text === '') return { field, message: `Enter ${label}` };
  if (text.length > THEME_ANSWER_TEXT_MAX)
    return { field, message: `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} must be ${THEME_ANSWER_TEXT_MAX} characters or fewer` };
  return null;
}

function futureDateProblem(field: string, label: string, value: string, today: IsoDate): FieldProblem | null {
  if (!isIsoDate(value)) return { field, message: `${label} must be a real date` };
  if (toDayNumber(value) <= toDayNumber(today)) return { field, message: `${label} must be after today` };
  return null;
}

/** Why a theme cannot be put: it must come from the taxonomy, and the question must be said. */
export function putThemeProblem(input: { theme: string; question: string }): FieldProblem | null {
  return putThemeContentProblem(input, 'LOCAL_AUTHORITY');
}

/** What any theme put must say: a theme from the taxonomy, and the question (worded for whom it is put to). */
export function putThemeContentProblem(input: { theme: string; question: string }, kind: ThemeRecipientKind): FieldProblem | null {
  if (!(CONCERN_THEMES as readonly string[]).includes(input.theme)) return { field: 'theme', message: 'Choose a theme from the list' };
  return textProblem('question', kind === 'PROVIDER' ? 'what you are asking the provider' : 'what you are asking the local authority', input.question);
}

export interface ThemeAnswerInput {
  found: string;
  willDo: string;
  byWhen: string;
}

/** What an answer must contain: what the LA found, what it will do, and by when (a date after today). */
export function themeAnswerProblem(input: ThemeAnswerInput, today: IsoDate): FieldProblem | null {
  return (
    textProblem('found', 'what the local authority found', input.found) ??
    textProblem('willDo', 'what the local authority will do', input.willDo) ??
    futureDateProblem('byWhen', 'The date it will be done by', input.byWhen, today)
  );
}

/** A follow-up is an action with an owner and a due date after today. */
export function themeFollowUpProblem(input: { action: string; owner: string; dueOn: string }, today: IsoDate): FieldProblem | null {
  return (
    textProblem('action', 'the action', input.action) ??
    textProblem('owner', 'who owns the action', input.owner) ??
    futureDateProblem('dueOn', 'The due date', input.dueOn, today)
  );
}

/** A follow-up goes from open to done once; completing a done one is refused. */
export function followUpCanComplete(state: ThemeFollowUpState): boolean {
  return state === 'OPEN';
}

/** Where a role's themes put to LAs live: `/la/theme-requests` for an LA manager, `/commissioner/theme-requests` for everyone else. */
export function themeRequestsAddress(role: string): string {
  return `${portalHome(role === 'LA_MANAGER' ? 'LA_MANAGER' : 'COMMISSIONER_STAFF')}/theme-requests`;
}

/** One theme request, as the given role opens it. */
export function themeRequestAddress(role: string, id: string): string {
  return `${themeRequestsAddress(role)}/${id}`;
}
