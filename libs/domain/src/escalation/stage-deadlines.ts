import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { LA_STAGES, type LaStage, STAGE_LABELS } from './stages';

/** Working days each LA stage has to respond. */
export type StageDeadlines = Readonly<Record<LaStage, number>>;

export const DEFAULT_STAGE_DEADLINES: StageDeadlines = { INFORMAL: 5, TEAM_MANAGER: 5, SERVICE_MANAGER: 5, DIRECTOR: 5 };

/** The LA stages together may take at most this many working days. */
export const MAX_TOTAL_LA_WORKING_DAYS = 20;

/** Why a set of stage deadlines is not allowed, or null: whole numbers of 1 or more, 20 in total at most. */
export function stageDeadlinesProblem(deadlines: StageDeadlines): string | null {
  for (const stage of LA_STAGES) {
    const days = deadlines[stage];
    if (!Number.isInteger(days) || days < 1)
      return `${STAGE_LABELS[stage]}: the response deadline must be a whole number of working days, 1 or more (got ${days}).`;
  }
  const total = LA_STAGES.reduce((sum, stage) => sum + deadlines[stage], 0);
  if (total > MAX_TOTAL_LA_WORKING_DAYS)
    return `The LA stages' deadlines add up to ${total} working days; they may add up to ${MAX_TOTAL_LA_WORKING_DAYS} at most.`;
  return null;
}

/** Parses "5,5,5,5" (informal, team manager, service manager, director) into stage deadlines. */
export function parseStageDeadlines(text: string): StageDeadlines | string {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== LA_STAGES.length || parts.some((p) => !/^\d+$/.test(p))) {
    return `expected ${LA_STAGES.length} whole numbers separated by commas (informal, team manager, service manager, director), e.g. "5,5,5,5"`;
  }
  const [informal, teamManager, serviceManager, director] = parts.map(Number) as [number, number, number, number];
  const deadlines: StageDeadlines = { INFORMAL: informal, TEAM_MANAGER: teamManager, SERVICE_MANAGER: serviceManager, DIRECTOR: director };
  return stageDeadlinesProblem(deadlines) ?? deadlines;
}

export interface StageDeadline {
  dueOn: IsoDate;
  /** e.g. "respond by 2025-12-31: 5 working days after 2025-12-22, skipping 25 Dec and 26 Dec" */
  explanation: string;
}

/** When the LA must respond at a stage entered on `enteredOn`. */
export function stageDeadline(calendar: WorkingDayCalendar, stage: LaStage, enteredOn: IsoDate, deadlines: StageDeadlines): StageDeadline {
  const { result, sentence } = calendar.explainAddWorkingDays(enteredOn, deadlines[stage]);
  return { dueOn: result, explanation: `${STAGE_LABELS[stage]} to respond by ${sentence}` };
}
