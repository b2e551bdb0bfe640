import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar, WorkingDayExplanation } from '../calendar/working-day-calendar';

/** Working days the advocate has to make the active offer, unless configured otherwise. */
export const DEFAULT_OFFER_WORKING_DAYS = 5;

export const OFFER_REASONS = ['INITIAL', 'REASSIGNMENT', 'PLACEMENT_CHANGE', 'CARE_PLANNING_MEETING', 'COURT_PROCEEDINGS', 'AGE_16'] as const;
export type OfferReason = (typeof OFFER_REASONS)[number];

export const OFFER_OUTCOMES = ['ACCEPTED', 'OPTED_OUT', 'NON_INSTRUCTED'] as const;
export type OfferOutcome = (typeof OFFER_OUTCOMES)[number];

/** When an active offer is due: `workingDays` working days after the event that prompted it. */
export function offerDueDate(calendar: WorkingDayCalendar, promptedOn: IsoDate, workingDays: number = DEFAULT_OFFER_WORKING_DAYS): WorkingDayExplanation {
  return calendar.explainAddWorkingDays(promptedOn, workingDays);
}

/** An offer with no outcome is overdue from the day after its due date. */
export function isOfferOverdue(dueOn: IsoDate, outcome: OfferOutcome | null, today: IsoDate): boolean {
  return outcome === null && today > dueOn;
}

/** Due soon: no outcome yet and due within `days` calendar days from today. */
export function isOfferDueSoon(dueOn: IsoDate, outcome: OfferOutcome | null, today: IsoDate, days = 3): boolean {
  if (outcome !== null || today > dueOn) return false;
  const diff = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return diff <= days;
}
