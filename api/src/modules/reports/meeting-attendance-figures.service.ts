import { Injectable } from '@nestjs/common';
import { noticeBand, noticeWorkingDays, WorkingDayCalendar } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type AttendanceRow, MeetingLogisticsRepository } from '../meeting-logistics/meeting-logistics.repository';
import type { EachScope } from './child-voice-figures.service';
import type { YearWindow } from './report-figures.repository';

/** A meeting with no venue or no invitations recorded in Heard is counted as not recorded, so each table adds up to the meetings held. */
export const NOT_RECORDED = 'NOT_RECORDED';

/**
 * Children attending their meetings, by venue and by the notice the invitations gave: read through the logistics'
 * repository, the notice band decided by the domain (`noticeWorkingDays`, `noticeBand`) with the working-day calendar.
 */
@Injectable()
export class MeetingAttendanceFiguresService {
  constructor(
    private readonly logistics: MeetingLogisticsRepository,
    private readonly calendar: WorkingDayCalendar,
  ) {}

  async add(tx: EntityManager, window: YearWindow, each: EachScope): Promise<void> {
    const meetings = await this.logistics.reportAttendance(tx, window.from, window.to);
    const venue = (m: AttendanceRow) => m.venue_kind ?? NOT_RECORDED;
    const notice = (m: AttendanceRow) =>
      m.first_sent_on === null ? NOT_RECORDED : noticeBand(noticeWorkingDays(this.calendar, m.first_sent_on, m.scheduled_on));
    each(counted(meetings, venue), (f, row) => f.attendanceByVenue.push({ venue: row.key, held: row.held, attended: row.attended }));
    each(counted(meetings, notice), (f, row) => f.attendanceByNotice.push({ band: row.key, held: row.held, attended: row.attended }));
  }
}

/** Meetings held and attended per key, for each LA and England (`la` null). */
function counted(
  meetings: readonly AttendanceRow[],
  keyOf: (m: AttendanceRow) => string,
): Array<{ la: string | null; key: string; held: number; attended: number }> {
  const totals = new Map<string, { la: string | null; key: string; held: number; attended: number }>();
  for (const m of meetings) {
    const key = keyOf(m);
    for (const la of [m.la, null]) {
      const id = `${la ?? ''}|${key}`;
      const total = totals.get(id) ?? { la, key, held: 0, attended: 0 };
      total.held += 1;
      if (m.attended) total.attended += 1;
      totals.set(id, total);
    }
  }
  return [...totals.values()];
}
