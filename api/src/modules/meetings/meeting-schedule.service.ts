import { Injectable } from '@nestjs/common';
import { nextMeetingDue, WorkingDayCalendar, workingDaysOverdue } from '@heard/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { NextMeetingDueType, OverdueMeetingType } from './dto/meeting.types';

interface ScheduleRow {
  child_id: string;
  child_name: string;
  start: string;
  held: string[];
}

/** When each child's next care-planning meeting is due (reg 33 schedule), and who is overdue. */
@Injectable()
export class MeetingScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  async nextDue(caller: Caller, childId: string, meta: RequestMeta): Promise<NextMeetingDueType | null> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      await this.audit.childReads(manager, caller, meta, [child.id], 'meeting.schedule_read');
      const [row] = (await manager.query(`${SCHEDULE_SELECT} WHERE c.id = $1 GROUP BY c.id, e.start_date`, [child.id])) as ScheduleRow[];
      if (row === undefined) return null;
      const due = this.dueFor(row);
      return { dueOn: due.dueOn, lastWorkingDayBefore: due.lastWorkingDayBefore, rule: due.rule, explanation: due.explanation, workingDaysOverdue: due.workingDaysOverdue };
    });
  }

  /** Children in the caller's caseload or LA whose next meeting is overdue, most overdue first. */
  async overdue(caller: Caller, meta: RequestMeta): Promise<OverdueMeetingType[]> {
    const scope = this.access.currentScope(caller);
    return this.dataSource.transaction(async (manager) => {
      const rows: ScheduleRow[] = await manager.query(`${SCHEDULE_SELECT} WHERE ${scope.where} GROUP BY c.id, e.start_date`, [scope.param]);
      const overdue = rows
        .map((row) => this.dueFor(row))
        .filter((due) => due.workingDaysOverdue > 0)
        .sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue || a.childName.localeCompare(b.childName));
      await this.audit.childReads(manager, caller, meta, overdue.map((o) => o.childId), 'meeting.overdue_list');
      return overdue;
    });
  }

  private dueFor(row: ScheduleRow): OverdueMeetingType {
    const due = nextMeetingDue(this.calendar, { periodOfCareStart: row.start, heldOn: row.held });
    const today = this.clock.today();
    return { childId: row.child_id, childName: row.child_name, ...due, workingDaysOverdue: workingDaysOverdue(this.calendar, due.dueOn, today) };
  }
}

/** One row per child in care: the start of the open period of care and the meetings held since. */
const SCHEDULE_SELECT = `SELECT c.id AS child_id, c.given_name || ' ' || c.family_name AS child_name, to_char(e.start_date, 'YYYY-MM-DD') AS start,
    COALESCE(array_agg(to_char(m.held_on, 'YYYY-MM-DD')) FILTER (WHERE m.held_on IS NOT NULL), '{}') AS held
  FROM children c
  JOIN care_episodes e ON e.child_id = c.id AND e.end_date IS NULL
  LEFT JOIN meetings m ON m.child_id = c.id AND m.held_on >= e.start_date`;
