import { type CommandRoles, permitted } from '../commands/command-table';
import { isIsoDate, toDayNumber, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { FieldProblem } from '../admin/user-accounts';
import { portalHome } from '../portal/portal-addresses';
import type { Role } from '../roles';
import { themeRequestStatus, THEME_REQUEST_STATUS_LABELS, type ThemeRequestStatus } from '../theme-answers/theme-answers';

/**
 * Working days the home and the placing local authorities have to answer each recommendation of a visit report,
 * from the London date it was submitted (four working weeks: the time a registered person has to respond to an
 * independent visitor's report, reg 44(5) practice).
 */
export const RECOMMENDATION_RESPONSE_WORKING_DAYS = 20;

/** The longest answer kept, in characters. */
export const RECOMMENDATION_ANSWER_MAX = 2000;

/** Who answers a recommendation: the home (its answer recorded by the responsible advocate) or a placing LA. */
export type RecommendationAnswerer = 'HOME' | 'LOCAL_AUTHORITY';

/** Where an answer stands: the same four standings as a theme put to an LA. */
export type RecommendationAnswerStatus = ThemeRequestStatus;
export const RECOMMENDATION_ANSWER_STATUS_LABELS = THEME_REQUEST_STATUS_LABELS;

export type RecommendationAnswerCommand = 'ANSWER_FOR_LA' | 'RECORD_HOME_ANSWER';

/** An LA's managers answer for their LA; homes have no accounts, so the home's responsible advocate records its answer. */
export const RECOMMENDATION_ANSWER_COMMAND_ROLES: CommandRoles<RecommendationAnswerCommand> = {
  ANSWER_FOR_LA: ['LA_MANAGER'],
  RECORD_HOME_ANSWER: ['ADVOCATE'],
};

/** The one answerer a recommendation is put to. */
export interface AnswererSlot {
  answerer: RecommendationAnswerer;
  localAuthorityId: string | null;
}

/**
 * Who must answer a recommendation: always the home, and the LAs that placed children there on the visit date, or,
 * for a recommendation about one child, only that child's LA. Each LA once, in id order.
 */
export function recommendationAnswerers(recommendation: { childLocalAuthorityId: string | null }, placingLocalAuthorityIds: readonly string[]): AnswererSlot[] {
  const las = recommendation.childLocalAuthorityId !== null ? [recommendation.childLocalAuthorityId] : [...new Set(placingLocalAuthorityIds)].sort();
  return [{ answerer: 'HOME', localAuthorityId: null }, ...las.map((id) => ({ answerer: 'LOCAL_AUTHORITY' as const, localAuthorityId: id }))];
}

/** The date an answer is due: RECOMMENDATION_RESPONSE_WORKING_DAYS working days after the London date the report was submitted. */
export function recommendationResponseDeadline(calendar: WorkingDayCalendar, submittedOn: IsoDate): IsoDate {
  return calendar.addWorkingDays(submittedOn, RECOMMENDATION_RESPONSE_WORKING_DAYS);
}

/** Where an answer stands on `today`: awaiting, overdue, or answered on time or late (by the date it was given or received). */
export function recommendationAnswerStatus(answer: { dueOn: IsoDate; answeredOn: IsoDate | null }, today: IsoDate): RecommendationAnswerStatus {
  return themeRequestStatus({ deadline: answer.dueOn, answeredOn: answer.answeredOn }, today);
}

/** Late answers and overdue ones are flagged. */
export function isLateAnswer(status: RecommendationAnswerStatus): boolean {
  return status === 'OVERDUE' || status === 'ANSWERED_LATE';
}

/** What the caller is to the answer: their role, whether it is their LA's, whether they are the home's responsible advocate. */
export interface AnswerReader {
  role: Role;
  ownLocalAuthority: boolean;
  responsibleForHome: boolean;
}

/** The commands `reader` may issue on an answer: each answer is given once, by its own answerer. */
export function recommendationAnswerCommands(
  answer: { answerer: RecommendationAnswerer; answered: boolean },
  reader: AnswerReader,
): RecommendationAnswerCommand[] {
  return permitted(RECOMMENDATION_ANSWER_COMMAND_ROLES, reader.role, (command) => {
    if (answer.answered) return false;
    if (command === 'ANSWER_FOR_LA') return answer.answerer === 'LOCAL_AUTHORITY' && reader.ownLocalAuthority;
    return answer.answerer === 'HOME' && reader.responsibleForHome;
  });
}

/**
 * Who sees an answer: advocates and Commissioner staff every answer to a recommendation they can see; an LA manager
 * the home's answer and their own LA's, never another LA's.
 */
export function answerVisibleTo(answer: { answerer: RecommendationAnswerer }, reader: AnswerReader): boolean {
  if (reader.role !== 'LA_MANAGER') return true;
  return answer.answerer === 'HOME' || reader.ownLocalAuthority;
}

/** An answer says what the home or LA did or will do about the recommendation. */
export function recommendationAnswerProblem(input: { response: string }): FieldProblem | null {
  const text = input.response.trim();
  if (text === '') return { field: 'response', message: 'Enter what was done or will be done about the recommendation' };
  if (text.length > RECOMMENDATION_ANSWER_MAX) return { field: 'response', message: `The answer must be ${RECOMMENDATION_ANSWER_MAX} characters or fewer` };
  return null;
}

/** The home's answer was received on a real date, not before the report was submitted and not in the future. */
export function homeAnswerReceivedProblem(receivedOn: string, submittedOn: IsoDate, today: IsoDate): FieldProblem | null {
  if (!isIsoDate(receivedOn)) return { field: 'receivedOn', message: 'The date the answer was received must be a real date' };
  if (toDayNumber(receivedOn) > toDayNumber(today)) return { field: 'receivedOn', message: 'The date the answer was received must be today or in the past' };
  if (toDayNumber(receivedOn) < toDayNumber(submittedOn))
    return { field: 'receivedOn', message: 'The date the answer was received must be on or after the date the report was submitted' };
  return null;
}

/** Where an LA manager answers their LA's visit recommendations. */
export function visitRecommendationsAddress(): string {
  return `${portalHome('LA_MANAGER')}/visit-recommendations`;
}
