import type { IsoDate } from '../../calendar/iso-date';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';

/** How much notice of a meeting the child was given, in bands the annual report counts attendance by. */
export const NOTICE_BANDS = ['UNDER_5_WORKING_DAYS', '5_TO_9_WORKING_DAYS', '10_OR_MORE_WORKING_DAYS'] as const;
export type NoticeBand = (typeof NOTICE_BANDS)[number];

export const NOTICE_BAND_LABELS: Readonly<Record<NoticeBand, string>> = {
  UNDER_5_WORKING_DAYS: 'Less than 5 working days',
  '5_TO_9_WORKING_DAYS': '5 to 9 working days',
  '10_OR_MORE_WORKING_DAYS': '10 working days or more',
};

/** Working days of notice: those after the day the invitations went out, up to and including the meeting's day. */
export function noticeWorkingDays(calendar: WorkingDayCalendar, invitedOn: IsoDate, meetingOn: IsoDate): number {
  return Math.max(0, calendar.workingDaysBetween(invitedOn, meetingOn));
}

export function noticeBand(workingDays: number): NoticeBand {
  if (workingDays < 5) return 'UNDER_5_WORKING_DAYS';
  return workingDays < 10 ? '5_TO_9_WORKING_DAYS' : '10_OR_MORE_WORKING_DAYS';
}
