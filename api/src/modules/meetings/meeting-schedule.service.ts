import { Injectable } from '@nestjs/common';
import { nextMeetingDue, settledLongTermFosterSince, WorkingDayCalendar, workingDaysOverdue } from '@heard/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { NextMeetingDueType, OverdueMeetingType } from './dto/meeting.types';
import { MeetingsRepository, type ScheduleRow } from './meetings.repository';

/** When each child's next care-planning meeting is due (reg 33 schedule), and who is overdue. */
@Injectable()
export class MeetingScheduleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: MeetingsRepository,
  ) {}

  async nextDue(caller: Caller, childId: string, meta: RequestMeta): Promise<NextMeetingDueType | null> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      await this.audit.childReads(manager, caller, meta, [child.id], 'meeting.schedule_read');
      const row = await this.repository.scheduleOf(manager, child.id);
      if (row === undefined) return null;
      const due = this.dueFor(row);
      return {
        dueOn: due.dueOn,
        lastWorkingDayBefore: due.lastWorkingDayBefore,
        rule: due.rule,
        explanation: due.explanation,
        workingDaysOverdue: due.workingDaysOverdue,
      };
    });
  }

  /** Children in the caller's caseload or LA whose next meeting is overdue, most overdue first. */
  async overdue(caller: Caller, meta: RequestMeta): Promise<OverdueMeetingType[]> {
    const scope = this.access.currentScope(caller);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.schedulesIn(manager, scope);
      const overdue = rows
        .map((row) => this.dueFor(row))
        .filter((due) => due.workingDaysOverdue > 0)
        .sort((a, b) => b.workingDaysOverdue - a.workingDaysOverdue || a.childName.localeCompare(b.childName));
      await this.audit.childReads(
        manager,
        caller,
        meta,
        overdue.map((o) => o.childId),
        'meeting.overdue_list',
      );
      return overdue;
    });
  }

  private dueFor(row: ScheduleRow): OverdueMeetingType {
    // The same settled-in-long-term-fostering reading as the annual report's meetings held on time.
    const settled = settledLongTermFosterSince({ start: row.start, placementType: row.placement_type });
    const due = nextMeetingDue(this.calendar, { periodOfCareStart: row.start, heldOn: row.held, settledLongTermFosterSince: settled });
    const today = this.clock.today();
    return { childId: row.child_id, childName: row.child_name, ...due, workingDaysOverdue: workingDaysOverdue(this.calendar, due.dueOn, today) };
  }
}
