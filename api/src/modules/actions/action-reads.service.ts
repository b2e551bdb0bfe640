import { Injectable } from '@nestjs/common';
import { allowedActionCommands, isDrift, type ReviewingMeeting, WorkingDayCalendar, workingDaysOverdue } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { Caller } from '../../common/request/request-context';
import type { MeetingActionType } from '../meetings/dto/meeting.types';
import { type ActionRow, ActionsRepository } from './actions.repository';

/**
 * Actions as `caller` sees them in meeting reads: drifted or not, how many working days past due as of today, and
 * what the caller may do next (`reviewingAt` is the meeting they are read from, where a review may be recorded).
 */
@Injectable()
export class ActionReadsService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  async ofMeeting(manager: EntityManager, caller: Caller, meeting: ReviewingMeeting): Promise<MeetingActionType[]> {
    return this.shown(await this.repository.ofMeeting(manager, meeting.id), caller, meeting);
  }

  /** The child's actions from earlier meetings that this meeting reviews. */
  async toReviewAt(manager: EntityManager, caller: Caller, childId: string, meeting: ReviewingMeeting): Promise<MeetingActionType[]> {
    return this.shown(await this.repository.toReviewAt(manager, childId, meeting.id), caller, meeting);
  }

  async ofChild(manager: EntityManager, caller: Caller, childId: string): Promise<MeetingActionType[]> {
    return this.shown(await this.repository.ofChild(manager, childId), caller, null);
  }

  async openIn(manager: EntityManager, caller: Caller, scope: { where: string; param: string }): Promise<MeetingActionType[]> {
    return this.shown(await this.repository.openIn(manager, scope), caller, null);
  }

  private shown(rows: readonly ActionRow[], caller: Caller, reviewingAt: ReviewingMeeting | null): MeetingActionType[] {
    const today = this.clock.today();
    return rows.map((r) => ({
      id: r.id,
      what: r.what,
      owner: r.owner,
      dueOn: r.due_on,
      monitoring: r.monitoring,
      status: r.status,
      carryOvers: r.carry_overs,
      drift: r.status === 'OPEN' && isDrift(r.carry_overs),
      workingDaysOverdue: r.status === 'OPEN' ? workingDaysOverdue(this.calendar, r.due_on, today) : 0,
      reviewNote: r.review_note,
      childId: r.child_id,
      childName: r.child_name,
      meetingId: r.meeting_id,
      allowedCommands: allowedActionCommands(
        { meetingId: r.meeting_id, status: r.status, carryOvers: r.carry_overs, lastReviewedMeetingId: r.last_reviewed_meeting_id },
        caller.role,
        reviewingAt,
      ),
    }));
  }
}
