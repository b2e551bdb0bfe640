import {
  deadlineStatus,
  MEETING_ATTENDEE_ROLE_LABELS,
  MEETING_VENUE_LABELS,
  NOTICE_BAND_LABELS,
  noticeBand,
  noticeWorkingDays,
  papersDueBy,
  type IsoDate,
  type WorkingDayCalendar,
} from '@heard/domain';
import type { MeetingEntity } from '../meetings/meeting.entity';
import type { MeetingLogisticsType } from './dto/meeting-logistics.types';
import type { InvitationRow, LogisticsRow } from './meeting-logistics.repository';

export interface LogisticsView {
  meeting: MeetingEntity;
  childId: string;
  logistics: LogisticsRow | undefined;
  invitations: readonly InvitationRow[];
  calendar: WorkingDayCalendar;
  today: IsoDate;
  papersWorkingDays: number;
  canArrange: boolean;
  canRecordPreference: boolean;
}

/** The logistics as shown: notice worked out from when invitations went out, papers' due date and status. */
export function shownLogistics(view: LogisticsView): MeetingLogisticsType {
  const { meeting, logistics: l, calendar } = view;
  const notice = (sentOn: string | null) => (sentOn === null ? null : noticeWorkingDays(calendar, sentOn, meeting.scheduledOn));
  const label = (days: number | null) => (days === null ? null : NOTICE_BAND_LABELS[noticeBand(days)]);
  const papers = papersDueBy(calendar, meeting.scheduledOn, view.papersWorkingDays);
  const sharedOn = l?.papers_shared_on ?? null;
  const meetingNotice = notice(l?.invitations_first_sent_on ?? null);
  return {
    meetingId: meeting.id,
    childId: view.childId,
    meetingDate: meeting.scheduledOn,
    startTime: l?.start_time ?? null,
    lengthMinutes: l?.length_minutes ?? null,
    venueKind: l?.venue_kind ?? null,
    venueLabel: l?.venue_kind ? MEETING_VENUE_LABELS[l.venue_kind] : null,
    venueDetails: l?.venue_details ?? null,
    childPreference:
      l?.preferred_venue_kind && l.preferred_details !== null && l.preferred_recorded_at !== null
        ? {
            venueKind: l.preferred_venue_kind,
            venueLabel: MEETING_VENUE_LABELS[l.preferred_venue_kind],
            details: l.preferred_details,
            recordedAt: l.preferred_recorded_at,
          }
        : null,
    invitations: view.invitations.map((i) => ({
      id: i.id,
      role: i.role,
      roleLabel: MEETING_ATTENDEE_ROLE_LABELS[i.role],
      name: i.name,
      email: i.email,
      sentOn: i.sent_on,
      noticeWorkingDays: notice(i.sent_on),
      noticeLabel: label(notice(i.sent_on)),
    })),
    invitationsFirstSentOn: l?.invitations_first_sent_on ?? null,
    noticeWorkingDays: meetingNotice,
    noticeLabel: label(meetingNotice),
    sequence: l?.sequence ?? 0,
    papers: { dueBy: papers.dueBy, explanation: papers.explanation, sharedOn, status: deadlineStatus(papers.dueBy, sharedOn, view.today) },
    canArrange: view.canArrange,
    canRecordPreference: view.canRecordPreference,
  };
}
