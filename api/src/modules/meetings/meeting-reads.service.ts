import { Injectable } from '@nestjs/common';
import { allowedMeetingCommands } from '@heard/domain';
import { DataSource } from 'typeorm';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ActionReadsService } from '../actions/action-reads.service';
import { ChildAccessService } from '../children/child-access.service';
import { AuditService } from '../audit/audit.service';
import { RepresentationsReads, type MeetingRepresentations } from '../representations/representations.reads';
import type { ChildMeetingType, MeetingActionType, MeetingDecisionType, MeetingType } from './dto/meeting.types';
import { type DecisionRow, MeetingsRepository } from './meetings.repository';
import type { MeetingSummaryType } from './dto/meeting-summary.type';
import { MeetingsService } from './meetings.service';

/** Reads of meetings, schedules and actions; an LA user never sees a view the child did not agree to share, or whose sharing was withdrawn. */
@Injectable()
export class MeetingReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly repository: MeetingsRepository,
    private readonly actions: ActionReadsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly representations: RepresentationsReads,
  ) {}

  async meeting(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      const currentAdvocate = await this.access.isCurrentAdvocate(manager, caller, child.id);
      const views = await this.repository.views(manager, meeting.id, {
        onlyShared: caller.role !== 'ADVOCATE',
        caller: { role: caller.role, currentAdvocate },
      });
      const decisions = await this.repository.decisionsOf(manager, meeting.id);
      const representations = await this.representations.forMeetings(manager, child.id, [meeting.id]);
      const selfRepresentation = representations.selfRepresentation(meeting.id);
      const chairName = await this.repository.chairName(manager, meeting.chairStaffId);
      await this.audit.record(manager, {
        actor: caller,
        action: 'meeting.read',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { meetingId: meeting.id },
      });
      return {
        id: meeting.id,
        childId: child.id,
        childName: `${child.givenName} ${child.familyName}`,
        scheduledOn: meeting.scheduledOn,
        place: meeting.place,
        invitees: meeting.invitees,
        chairName: chairName ?? '',
        status: meeting.status,
        heldOn: meeting.heldOn,
        attendees: meeting.attendees,
        participationCode: meeting.participationCode,
        minutes: meeting.minutes,
        summaryForChild: meeting.summaryForChild,
        childSelfRepresenting: selfRepresentation !== null && !selfRepresentation.migratedFromChair,
        selfRepresentation,
        childOptedOut: representations.childOptedOut,
        advocateInputs: representations.inputs(meeting.id),
        views,
        decisions: decisions.map((d) => decision(d, representations)),
        actions: await this.actions.ofMeeting(manager, caller, meeting),
        actionsToReview: meeting.status === 'SCHEDULED' ? [] : await this.actions.toReviewAt(manager, caller, child.id, meeting),
        allowedCommands: allowedMeetingCommands(meeting.status, { role: caller.role, currentAdvocate }),
      };
    });
  }

  /** Every meeting of a child the caller can see, newest first. */
  async forChild(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildMeetingType[]> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      await this.audit.childReads(manager, caller, meta, [child.id], 'meeting.list');
      const rows = await this.repository.ofChild(manager, child.id);
      const decisions = await this.repository.decisionsOfChild(manager, child.id);
      const representations = await this.representations.forMeetings(
        manager,
        child.id,
        rows.map((r) => r.id),
      );
      const actions = await this.actions.ofChild(manager, caller, child.id);
      return rows.map((r) => ({
        id: r.id,
        childId: child.id,
        childName: `${child.givenName} ${child.familyName}`,
        scheduledOn: r.scheduled_on,
        status: r.status,
        heldOn: r.held_on,
        participationCode: r.participation_code,
        decisions: decisions.filter((d) => d.meeting_id === r.id).map((d) => decision(d, representations)),
        actions: actions.filter((a) => a.meetingId === r.id),
      }));
    });
  }

  /** Meetings an LA manager's LA has scheduled or held but not completed. */
  async meetingsToChair(caller: Caller, meta: RequestMeta): Promise<MeetingSummaryType[]> {
    const localAuthorityId = caller.localAuthorityId;
    if (caller.role !== 'LA_MANAGER' || localAuthorityId === null) throw forbidden();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.toChair(manager, localAuthorityId);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        rows.map((r) => r.child_id),
        'meeting.list',
      );
      return rows.map((r) => ({ id: r.id, childId: r.child_id, childName: r.child_name, scheduledOn: r.scheduled_on, status: r.status }));
    });
  }

  /** Open actions in the caller's caseload or LA that have drifted or are past due. */
  async actionsNeedingAttention(caller: Caller, meta: RequestMeta): Promise<MeetingActionType[]> {
    const scope = this.access.currentScope(caller);
    return this.dataSource.transaction(async (manager) => {
      const open = await this.actions.openIn(manager, caller, scope);
      const attention = open.filter((a) => a.drift || a.workingDaysOverdue > 0);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        attention.map((a) => a.childId),
        'meeting.action_list',
      );
      return attention;
    });
  }
}

function decision(row: DecisionRow, representations: MeetingRepresentations): MeetingDecisionType {
  return { id: row.id, text: row.text, significant: row.significant, basis: row.basis, advocateInput: representations.input(row.advocate_input_id) };
}
