import { registerEnumType } from '@nestjs/graphql';
import { type DeadlineStatus, MEETING_ATTENDEE_ROLES, type MeetingAttendeeRole } from '@heard/domain';

const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['ON_TIME', 'LATE', 'AWAITED', 'OVERDUE'];
export const DeadlineStatusEnum = Object.fromEntries(DEADLINE_STATUSES.map((k) => [k, k])) as { [K in DeadlineStatus]: K };
registerEnumType(DeadlineStatusEnum, {
  name: 'DeadlineStatus',
  description: 'Done by the date (ON_TIME) or after it (LATE); not done and still in time (AWAITED) or past the date (OVERDUE).',
});

export const MeetingAttendeeRoleEnum = Object.fromEntries(MEETING_ATTENDEE_ROLES.map((k) => [k, k])) as { [K in MeetingAttendeeRole]: K };
registerEnumType(MeetingAttendeeRoleEnum, { name: 'MeetingAttendeeRole', description: 'The role someone attends a meeting in, and receives its record in.' });
