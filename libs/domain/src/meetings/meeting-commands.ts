import { type CommandRoles, permitted } from '../commands/command-table';
import type { Role } from '../roles';

export const MEETING_STATUSES = ['SCHEDULED', 'HELD', 'COMPLETED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Who may do each thing to a care-planning meeting. */
export const MEETING_COMMAND_ROLES: CommandRoles<MeetingCommand> = {
  RECORD_CHILD_VIEW: ['ADVOCATE'],
  RECORD_ADVOCATE_INPUT: ['ADVOCATE'],
  RECORD_SELF_REPRESENTATION: ['ADVOCATE'],
  HOLD: ['LA_MANAGER'],
  RECORD_DECISION: ['LA_MANAGER'],
  RECORD_ACTION: ['LA_MANAGER'],
  COMPLETE: ['LA_MANAGER'],
};

export type MeetingCommand =
  'RECORD_CHILD_VIEW' | 'RECORD_ADVOCATE_INPUT' | 'RECORD_SELF_REPRESENTATION' | 'HOLD' | 'RECORD_DECISION' | 'RECORD_ACTION' | 'COMPLETE';
export const MEETING_COMMANDS = Object.keys(MEETING_COMMAND_ROLES) as MeetingCommand[];

/** The meeting's stages in which each command may be recorded. */
const OPEN_IN: Readonly<Record<MeetingCommand, readonly MeetingStatus[]>> = {
  RECORD_CHILD_VIEW: ['SCHEDULED'],
  RECORD_ADVOCATE_INPUT: ['SCHEDULED', 'HELD'],
  RECORD_SELF_REPRESENTATION: ['SCHEDULED', 'HELD'],
  HOLD: ['SCHEDULED'],
  RECORD_DECISION: ['HELD'],
  RECORD_ACTION: ['HELD'],
  COMPLETE: ['HELD'],
};

/**
 * Why the meeting's stage refuses `command` (the API answers CONFLICT with this), or null when it allows it.
 * The child's views come before the meeting; the chair records decisions, actions and completion once it is held.
 */
export function meetingCommandRefusal(status: MeetingStatus, command: MeetingCommand): string | null {
  if (OPEN_IN[command].includes(status)) return null;
  switch (command) {
    case 'RECORD_CHILD_VIEW':
      return 'The meeting has already been held: views are recorded before it.';
    case 'RECORD_ADVOCATE_INPUT':
    case 'RECORD_SELF_REPRESENTATION':
      return `The meeting is ${status.toLowerCase()}: the advocate records this before or at the meeting.`;
    case 'HOLD':
      return `The meeting is already ${status.toLowerCase()}.`;
    default:
      return heldMeetingRefusal(status);
  }
}

/** Decisions, actions, reviews of earlier actions and completion are recorded only at a held meeting. */
export function heldMeetingRefusal(status: MeetingStatus): string | null {
  if (status === 'HELD') return null;
  return status === 'SCHEDULED' ? 'Record the meeting as held first.' : `The meeting is already ${status.toLowerCase()}.`;
}

/** What this person may do to the meeting now; the API returns it with the meeting so the portal shows only these. */
export function allowedMeetingCommands(status: MeetingStatus, caller: { role: Role; currentAdvocate: boolean }): MeetingCommand[] {
  if (caller.role === 'ADVOCATE' && !caller.currentAdvocate) return [];
  return permitted(MEETING_COMMAND_ROLES, caller.role, (command) => meetingCommandRefusal(status, command) === null);
}
