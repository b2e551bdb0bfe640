import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';
import { heldMeetingRefusal, type MeetingStatus } from './meeting-commands';
import { isDrift } from '../actions/drift';

export const ACTION_STATUSES = ['OPEN', 'DONE', 'NOT_DONE'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionCommand = 'REVIEW' | 'RAISE_CONCERN';

/** Who may follow an agreed action through. */
export const ACTION_COMMAND_ROLES: CommandRoles<ActionCommand> = {
  REVIEW: ['LA_MANAGER'],
  RAISE_CONCERN: ['ADVOCATE'],
};
export const ACTION_COMMANDS = Object.keys(ACTION_COMMAND_ROLES) as ActionCommand[];

export interface ActionState {
  meetingId: string;
  status: ActionStatus;
  carryOvers: number;
  lastReviewedMeetingId: string | null;
}

/** The meeting an action is looked at from, when it is being followed up at one. */
export interface ReviewingMeeting {
  id: string;
  status: MeetingStatus;
}

/**
 * Why `action` cannot be reviewed at `meeting` (the API answers CONFLICT with this), or null when it can:
 * an open action is reviewed once, at a later meeting than the one that agreed it. The meeting must be held
 * (`meetingCommandRefusal` says so first).
 */
export function actionReviewRefusal(action: ActionState, meeting: Pick<ReviewingMeeting, 'id'>): string | null {
  if (action.meetingId === meeting.id) return 'An action is reviewed at a later meeting than the one that agreed it.';
  if (action.status !== 'OPEN') return `This action is already closed (${action.status === 'DONE' ? 'done' : 'not done'}).`;
  if (action.lastReviewedMeetingId === meeting.id) return 'This action has already been reviewed at this meeting.';
  return null;
}

/** What this person may do with the action now: review it at a held meeting, or raise a concern once it has drifted. */
export function allowedActionCommands(action: ActionState, role: Role, reviewingAt: ReviewingMeeting | null): ActionCommand[] {
  return permitted(ACTION_COMMAND_ROLES, role, (command) =>
    command === 'REVIEW'
      ? reviewingAt !== null && heldMeetingRefusal(reviewingAt.status) === null && actionReviewRefusal(action, reviewingAt) === null
      : action.status === 'OPEN' && isDrift(action.carryOvers),
  );
}
