import { Injectable } from '@nestjs/common';
import { type ActionStatus, allowedActionCommands, allowedMeetingCommands, isDrift, type ReviewingMeeting, WorkingDayCalendar, workingDaysOverdue } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ChildAccessService } from '../children/child-access.service';
import { AuditService } from '../audit/audit.service';
import { RepresentationsReads, type MeetingRepresentations } from '../representations/representations.reads';
import { readChildViews } from './child-view-reads';
import type { ChildMeetingType, MeetingActionType, MeetingDecisionType, MeetingType } from './dto/meeting.types';
import type { MeetingSummaryType } from './dto/meeting-summary.type';
import { MeetingsService } from './meetings.service';

interface DecisionRow {
  id: string; meeting_id: string; text: string; significant: boolean; basis: MeetingDecisionType['basis']; advocate_input_id: string | null;
}

const DECISION_SELECT = `SELECT d.id, d.meeting_id, d.text, d.significant, d.basis, d.advocate_input_id FROM meeting_decisions d`;

interface ActionRow {
  id: string; what: string; owner: string; due_on: string; monitoring: string; status: ActionStatus; carry_overs: number;
  review_note: string | null; last_reviewed_meeting_id: string | null; child_id: string; child_name: string; meeting_id: string;
}

const ACTION_SELECT = `SELECT a.id, a.what, a.owner, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.monitoring, a.status, a.carry_overs,
  a.review_note, a.last_reviewed_meeting_id, a.child_id, a.meeting_id, c.given_name || ' ' || c.family_name AS child_name
  FROM meeting_actions a JOIN children c ON c.id = a.child_id`;

/** Reads of meetings, schedules and actions; an LA user never sees a view the child did not agree to share, or whose sharing was withdrawn. */
@Injectable()
export class MeetingReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly representations: RepresentationsReads,
  ) {}

  private today(): string {
    return this.clock.today();
  }

  async meeting(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      const currentAdvocate = await this.access.isCurrentAdvocate(manager, caller, child.id);
      const views = await readChildViews(manager, meeting.id, { onlyShared: caller.role !== 'ADVOCATE', caller: { role: caller.role, currentAdvocate } });
      const decisions: DecisionRow[] = await manager.query(`${DECISION_SELECT} WHERE d.meeting_id = $1 ORDER BY d.recorded_at, d.id`, [meeting.id]);
      const representations = await this.representations.forMeetings(manager, child.id, [meeting.id]);
      const selfRepresentation = representations.selfRepresentation(meeting.id);
      const [chair] = (await manager.query(`SELECT full_name FROM la_staff WHERE id = $1`, [meeting.chairStaffId])) as Array<{ full_name: string }>;
      await this.audit.record(manager, { actor: caller, action: 'meeting.read', entity: 'child', entityId: child.id, meta, details: { meetingId: meeting.id } });
      return {
        id: meeting.id, childId: child.id, childName: `${child.givenName} ${child.familyName}`, scheduledOn: meeting.scheduledOn, place: meeting.place,
        invitees: meeting.invitees, chairName: chair?.full_name ?? '', status: meeting.status, heldOn: meeting.heldOn, attendees: meeting.attendees,
        participationCode: meeting.participationCode, minutes: meeting.minutes, summaryForChild: meeting.summaryForChild,
        childSelfRepresenting: selfRepresentation !== null && !selfRepresentation.migratedFromChair, selfRepresentation,
        childOptedOut: representations.childOptedOut, advocateInputs: representations.inputs(meeting.id),
        views,
        decisions: decisions.map((d) => decision(d, representations)),
        actions: await this.actions(manager, caller, 'a.meeting_id = $1', [meeting.id], meeting),
        actionsToReview: meeting.status === 'SCHEDULED' ? [] : await this.actions(manager, caller, `a.child_id = $1 AND a.meeting_id <> $2 AND (a.status = 'OPEN' OR a.last_reviewed_meeting_id = $2)`, [child.id, meeting.id], meeting),
        allowedCommands: allowedMeetingCommands(meeting.status, { role: caller.role, currentAdvocate }),
      };
    });
  }

  /** Every meeting of a child the caller can see, newest first. */
  async forChild(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildMeetingType[]> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      await this.audit.childReads(manager, caller, meta, [child.id], 'meeting.list');
      const rows: Array<{ id: string; scheduled_on: string; held_on: string | null; status: string; participation_code: string | null }> = await manager.query(
        `SELECT id, to_char(scheduled_on, 'YYYY-MM-DD') AS scheduled_on, to_char(held_on, 'YYYY-MM-DD') AS held_on, status, participation_code
           FROM meetings WHERE child_id = $1 ORDER BY scheduled_on DESC, created_at DESC`,
        [child.id],
      );
      const decisions: DecisionRow[] = await manager.query(
        `${DECISION_SELECT} JOIN meetings m ON m.id = d.meeting_id WHERE m.child_id = $1 ORDER BY d.recorded_at, d.id`, [child.id]);
      const representations = await this.representations.forMeetings(manager, child.id, rows.map((r) => r.id));
      const actions = await this.actions(manager, caller, 'a.child_id = $1', [child.id], null);
      return rows.map((r) => ({
        id: r.id, childId: child.id, childName: `${child.givenName} ${child.familyName}`, scheduledOn: r.scheduled_on, status: r.status,
        heldOn: r.held_on, participationCode: r.participation_code,
        decisions: decisions.filter((d) => d.meeting_id === r.id).map((d) => decision(d, representations)),
        actions: actions.filter((a) => a.meetingId === r.id),
      }));
    });
  }

  /** Meetings an LA manager's LA has scheduled or held but not completed. */
  async meetingsToChair(caller: Caller, meta: RequestMeta): Promise<MeetingSummaryType[]> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
    const rows: Array<{ id: string; child_id: string; child_name: string; scheduled_on: string; status: string }> = await manager.query(
      `SELECT m.id, m.child_id, c.given_name || ' ' || c.family_name AS child_name, to_char(m.scheduled_on, 'YYYY-MM-DD') AS scheduled_on, m.status
         FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE c.local_authority_id = $1 AND m.status IN ('SCHEDULED', 'HELD') ORDER BY m.scheduled_on, m.id`,
      [caller.localAuthorityId],
    );
    await this.audit.childReads(manager, caller, meta, rows.map((r) => r.child_id), 'meeting.list');
    return rows.map((r) => ({ id: r.id, childId: r.child_id, childName: r.child_name, scheduledOn: r.scheduled_on, status: r.status }));
    });
  }

  /** Open actions in the caller's caseload or LA that have drifted or are past due. */
  async actionsNeedingAttention(caller: Caller, meta: RequestMeta): Promise<MeetingActionType[]> {
    const scope = this.access.currentScope(caller);
    return this.dataSource.transaction(async (manager) => {
      const open = await this.actions(manager, caller, `a.status = 'OPEN' AND ${scope.where}`, [scope.param], null);
      const attention = open.filter((a) => a.drift || a.workingDaysOverdue > 0);
      await this.audit.childReads(manager, caller, meta, attention.map((a) => a.childId), 'meeting.action_list');
      return attention;
    });
  }

  /** Actions as `caller` sees them; `reviewingAt` is the meeting they are read from, where a review may be recorded. */
  private async actions(manager: EntityManager, caller: Caller, where: string, params: unknown[], reviewingAt: ReviewingMeeting | null): Promise<MeetingActionType[]> {
    const rows: ActionRow[] = await manager.query(`${ACTION_SELECT} WHERE ${where} ORDER BY a.due_on, a.created_at`, params);
    const today = this.today();
    return rows.map((r) => ({
      id: r.id, what: r.what, owner: r.owner, dueOn: r.due_on, monitoring: r.monitoring, status: r.status, carryOvers: r.carry_overs,
      drift: r.status === 'OPEN' && isDrift(r.carry_overs), workingDaysOverdue: r.status === 'OPEN' ? workingDaysOverdue(this.calendar, r.due_on, today) : 0,
      reviewNote: r.review_note, childId: r.child_id, childName: r.child_name, meetingId: r.meeting_id,
      allowedCommands: allowedActionCommands(
        { meetingId: r.meeting_id, status: r.status, carryOvers: r.carry_overs, lastReviewedMeetingId: r.last_reviewed_meeting_id },
        caller.role,
        reviewingAt,
      ),
    }));
  }
}

function decision(row: DecisionRow, representations: MeetingRepresentations): MeetingDecisionType {
  return { id: row.id, text: row.text, significant: row.significant, basis: row.basis, advocateInput: representations.input(row.advocate_input_id) };
}
