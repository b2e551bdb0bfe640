import type { ActionForConcernQuery } from '@heard/graphql-types';
import { ukDate } from '../../shared/ui/uk-date';

type ChildMeeting = ActionForConcernQuery['meetingsForChild'][number];
type MeetingAction = ChildMeeting['actions'][number];

/** A meeting action a concern is raised from, with the history an advocate would otherwise retype. */
export interface DriftAction {
  readonly id: string;
  readonly what: string;
  readonly owner: string;
  readonly dueOn: string;
  /** The day of the meeting that agreed it (held, or else scheduled). */
  readonly agreedOn: string;
  readonly carryOvers: number;
  readonly reviewNote: string | null;
  readonly workingDaysOverdue: number;
}

/** The action `actionId` among the child's meetings, with the date of the meeting that agreed it; null if none. */
export function findDriftAction(meetings: readonly ChildMeeting[], actionId: string): DriftAction | null {
  for (const meeting of meetings) {
    const action: MeetingAction | undefined = meeting.actions.find((a) => a.id === actionId);
    if (action !== undefined) {
      return {
        id: action.id,
        what: action.what,
        owner: action.owner,
        dueOn: action.dueOn,
        agreedOn: meeting.heldOn ?? meeting.scheduledOn,
        carryOvers: action.carryOvers,
        reviewNote: action.reviewNote ?? null,
        workingDaysOverdue: action.workingDaysOverdue,
      };
    }
  }
  return null;
}

export function carriedOverLine(action: DriftAction): string {
  return `Carried over ${action.carryOvers} ${action.carryOvers === 1 ? 'time' : 'times'}`;
}

/** The concern's "What is wrong", pre-filled from the action's history, for the advocate to add to rather than retype. */
export function driftDescription(action: DriftAction): string {
  const sentences = [
    `The action “${action.what}”, agreed at the meeting on ${ukDate(action.agreedOn)} and owned by ${action.owner}, was due ${ukDate(action.dueOn)}.`,
    `${carriedOverLine(action)} at later meetings and still not done.`,
    action.reviewNote ? `Reason given at its last review: “${action.reviewNote}”.` : null,
    action.workingDaysOverdue > 0 ? `It is ${action.workingDaysOverdue} working days overdue.` : null,
  ];
  return sentences.filter((s) => s !== null).join(' ');
}
