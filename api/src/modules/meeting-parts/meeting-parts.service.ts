import { Injectable } from '@nestjs/common';
import { chairedByLine, heldMeetingRefusal, missedDecisionBriefingRefusal, significantDecisionsChildMissed, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday, requireWords } from '../../common/validation/entered-input';
import { AuditService } from '../audit/audit.service';
import { auditMeeting } from './audit-meeting';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import { LaStaffMemberEntity } from '../la-staff/la-staff-member.entity';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { bad, MeetingsService } from '../meetings/meetings.service';
import type { AddMeetingPartInput, RecordMissedDecisionBriefingInput } from './dto/meeting-parts.inputs';
import type { MeetingPartDecisionType, MeetingPartsType } from './dto/meeting-parts.types';
import { MeetingPartsRepository, type PartDecisionRow, type PartRow } from './meeting-parts.repository';
import { isUuid } from '../../common/validation/uuid';

/**
 * Meetings held in parts. The LA chair records each part (who was there, whether the child was, whether the child
 * chaired it); a significant decision taken in a part the child missed is marked, and only the child's current
 * advocate records telling the child and what they said. The child's advocates and the managers of the child's LA
 * read the parts; what the child said stays with the child's advocates. Every read and write is audited.
 */
@Injectable()
export class MeetingPartsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: MeetingPartsRepository,
  ) {}

  async read(caller: Caller, meetingId: string, meta: RequestMeta): Promise<MeetingPartsType> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.meeting(manager, meetingId);
      const child = await this.access.readable(manager, caller, meeting.childId);
      await auditMeeting(this.audit, manager, caller, meeting, 'meeting_parts.read', meta);
      return this.shown(manager, caller, child, meeting);
    });
  }

  async addPart(caller: Caller, input: AddMeetingPartInput, meta: RequestMeta): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: parts of one meeting are numbered one after another.
      const meeting = await this.meetings.meeting(manager, input.meetingId, true);
      await this.access.ownLaChild(manager, caller, meeting.childId);
      const refusal = heldMeetingRefusal(meeting.status);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      const title = requireWords(input.title, 'title', 'what this part of the meeting was');
      const attendees = [...new Set(input.attendees.map((a) => a.trim()).filter((a) => a !== ''))];
      if (attendees.length === 0) throw bad('Enter who attended this part of the meeting.', 'attendees');
      if (!input.childAttended && input.childChair !== 'NONE') throw bad('The child can only chair a part of the meeting they attended.', 'childChair');
      const partId = await this.repository.insertPart(manager, {
        meetingId: meeting.id,
        title,
        attendees,
        childAttended: input.childAttended,
        childChair: input.childChair,
        recordedByUserId: caller.userId,
      });
      await auditMeeting(this.audit, manager, caller, meeting, 'meeting.part_recorded', meta, { partId, childChair: input.childChair });
      return meeting.id;
    });
  }

  async recordBriefing(caller: Caller, input: RecordMissedDecisionBriefingInput, meta: RequestMeta): Promise<string> {
    const today = this.clock.today();
    const toldOn = assertPastOrToday(input.toldOn, 'toldOn', today);
    const childSaid = requireWords(input.childSaid, 'childSaid', 'what the child said');
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.decisionId) ? await this.repository.decision(manager, input.decisionId) : undefined;
      if (found === undefined) throw new DomainException('NOT_FOUND', 'No decision with that id for a child you can see.');
      const meeting = await this.meetings.meeting(manager, found.meeting_id, true);
      await this.access.readable(manager, caller, meeting.childId);
      await this.access.currentAdvocate(manager, caller, meeting.childId);
      const parts = await this.repository.parts(manager, meeting.id);
      const refusal = missedDecisionBriefingRefusal(asDecision(found), parts.map(asPart));
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      if (meeting.heldOn !== null && toldOn < meeting.heldOn)
        throw bad(`The day you told the child must be on or after the meeting on ${ukLongDate(meeting.heldOn)}.`, 'toldOn');
      if (!(await this.repository.insertBriefing(manager, found.id, toldOn, childSaid, caller.userId)))
        throw new DomainException('CONFLICT', 'Telling the child of this decision is already recorded.');
      await auditMeeting(this.audit, manager, caller, meeting, 'meeting.missed_decision_told', meta, { decisionId: found.id, toldOn });
      return meeting.id;
    });
  }

  private async shown(manager: EntityManager, caller: Caller, child: ChildEntity, meeting: MeetingEntity): Promise<MeetingPartsType> {
    const chair = await manager.findOneBy(LaStaffMemberEntity, { id: meeting.chairStaffId });
    const chairName = chair?.fullName ?? 'the LA chair';
    const childName = child.preferredName ?? child.givenName;
    const parts = await this.repository.parts(manager, meeting.id);
    const rows = await this.repository.decisions(manager, meeting.id);
    const missed = new Set(significantDecisionsChildMissed(parts.map(asPart), rows.map(asDecision)));
    const advocate = caller.role === 'ADVOCATE';
    const titles = new Map(parts.map((p) => [p.id, p.title]));
    const decisions = rows.map((d): MeetingPartDecisionType => ({
      decisionId: d.id,
      text: d.text,
      significant: d.significant,
      partId: d.part_id,
      partTitle: d.part_id === null ? null : (titles.get(d.part_id) ?? null),
      childMissed: missed.has(d.id),
      childTold: d.told_on !== null,
      toldOn: d.told_on,
      toldByName: d.told_by_name,
      childSaid: advocate ? d.child_said : null,
    }));
    return {
      meetingId: meeting.id,
      accountableChairName: chairName,
      parts: parts.map((p) => ({
        id: p.id,
        position: p.position,
        title: p.title,
        attendees: p.attendees,
        childAttended: p.child_attended,
        childChair: p.child_chair,
        chairedBy: chairedByLine(p.child_chair, childName, chairName),
      })),
      decisions,
      childNotYetTold: decisions.filter((d) => d.childMissed && !d.childTold).length,
      canAddPart: caller.role === 'LA_MANAGER' && heldMeetingRefusal(meeting.status) === null,
      canRecordBriefing: await this.access.isCurrentAdvocate(manager, caller, child.id),
    };
  }
}

const asPart = (p: PartRow) => ({ id: p.id, childAttended: p.child_attended });
const asDecision = (d: PartDecisionRow) => ({ id: d.id, partId: d.part_id, significant: d.significant });
