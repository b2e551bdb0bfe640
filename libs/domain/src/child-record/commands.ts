import type { CommandRoles } from '../commands/command-table';
import type { MeetingStatus } from '../meetings/meeting-commands';

export type ChildRecordCommand = 'DRAFT' | 'SAVE' | 'RECORD_GONE_THROUGH';

/** Who may write a child's record of a meeting: the child's current advocate (checked per record as well). */
export const CHILD_RECORD_COMMAND_ROLES: CommandRoles<ChildRecordCommand> = {
  DRAFT: ['ADVOCATE'],
  SAVE: ['ADVOCATE'],
  RECORD_GONE_THROUGH: ['ADVOCATE'],
};

/** Why the child's record cannot be written yet, or null when the meeting is completed. */
export function childRecordRefusal(meetingStatus: MeetingStatus): string | null {
  return meetingStatus === 'COMPLETED' ? null : 'The record for the child can only be written once the meeting is completed.';
}
