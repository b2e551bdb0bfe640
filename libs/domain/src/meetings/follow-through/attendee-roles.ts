/** Who is invited to a care-planning meeting and who its record goes to, by role. */
export const MEETING_ATTENDEE_ROLES = ['CHILD', 'PARENT', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE', 'OTHER'] as const;
export type MeetingAttendeeRole = (typeof MEETING_ATTENDEE_ROLES)[number];

export const MEETING_ATTENDEE_ROLE_LABELS: Readonly<Record<MeetingAttendeeRole, string>> = {
  CHILD: 'The child',
  PARENT: 'Parent',
  CARER: 'Carer',
  SOCIAL_WORKER: 'Social worker',
  ADVOCATE: 'Advocate',
  OTHER: 'Someone else',
};
