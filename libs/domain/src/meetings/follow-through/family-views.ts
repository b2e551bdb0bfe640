import type { MeetingStatus } from '../meeting-commands';
import type { Role } from '../../roles';
import type { CommandRoles } from '../../commands/command-table';

/** Whose views these are: kept apart from the child's own views, always. */
export const FAMILY_MEMBER_ROLES = ['PARENT', 'CARER', 'OTHER_FAMILY'] as const;
export type FamilyMemberRole = (typeof FAMILY_MEMBER_ROLES)[number];

export const FAMILY_MEMBER_ROLE_LABELS: Readonly<Record<FamilyMemberRole, string>> = {
  PARENT: 'Parent',
  CARER: 'Carer',
  OTHER_FAMILY: 'Other family member',
};

/**
 * Who at the meeting may read a parent's or carer's views. ATTENDEES: the managers of the child's LA and the
 * child's advocates. LA_ONLY: the LA's managers only (for instance when a parent asked that the advocate not see
 * it); whoever recorded it still sees their own record.
 */
export const FAMILY_VIEW_VISIBILITIES = ['ATTENDEES', 'LA_ONLY'] as const;
export type FamilyViewVisibility = (typeof FAMILY_VIEW_VISIBILITIES)[number];

export type MeetingPartsCommand = 'ADD_PART' | 'RECORD_MISSED_DECISION_BRIEFING' | 'RECORD_FAMILY_VIEW';

/** The LA chair records the parts; the child's current advocate tells the child; either records family views. */
export const MEETING_PARTS_COMMAND_ROLES: CommandRoles<MeetingPartsCommand> = {
  ADD_PART: ['LA_MANAGER'],
  RECORD_MISSED_DECISION_BRIEFING: ['ADVOCATE'],
  RECORD_FAMILY_VIEW: ['ADVOCATE', 'LA_MANAGER'],
};

/**
 * Whether a reader who has already passed the child's record check (an LA manager of the child's LA, or one of the
 * child's advocates) may read this view. Nobody else ever does.
 */
export function familyViewVisible(view: { visibility: FamilyViewVisibility; recordedByUserId: string }, reader: { role: Role; userId: string }): boolean {
  if (reader.role === 'LA_MANAGER') return true;
  if (reader.role !== 'ADVOCATE') return false;
  return view.visibility === 'ATTENDEES' || view.recordedByUserId === reader.userId;
}

/** Parents' and carers' views are gathered before and at the meeting, not once its record is closed. */
export function familyViewRefusal(status: MeetingStatus): string | null {
  if (status === 'SCHEDULED' || status === 'HELD') return null;
  return `The meeting is already ${status.toLowerCase()}: parents' and carers' views are recorded before or at the meeting.`;
}
