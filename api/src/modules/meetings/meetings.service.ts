import { Injectable } from '@nestjs/common';
import { chairRefusal, isIsoDate, type MeetingCommand, meetingCommandRefusal, type MeetingStatus, participationProblem } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { assertPastOrToday } from '../../common/validation/entered-input';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import { LaStaffMemberEntity } from '../la-staff/la-staff-member.entity';
import { OffersService } from '../offers/offers.service';
import { ChildViewEntity } from './child-view.entity';
import type { HoldMeetingInput, RecordChildViewInput, ScheduleMeetingInput } from './dto/meeting.inputs';
import { MeetingEntity } from './meeting.entity';

/** Scheduling, preparing and holding care-planning meetings. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly engine: AssignmentEngine,
    private readonly offers: OffersService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async schedule(caller: Caller, input: ScheduleMeetingInput, meta: RequestMeta): Promise<string> {
    if (!isIsoDate(input.scheduledOn)) throw bad(`scheduledOn must be a real date (got "${input.scheduledOn}").`, 'scheduledOn');
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      // The child's row lock makes parallel schedulings of the same meeting take turns; the check below then sees the winner's.
      await this.engine.lockChild(manager, child.id);
      const [sameDay] = (await manager.query(`SELECT 1 FROM meetings WHERE child_id = $1 AND scheduled_on = $2 AND status = 'SCHEDULED'`, [child.id, input.scheduledOn])) as unknown[];
      if (sameDay !== undefined) throw new DomainException('CONFLICT', `This child already has a meeting scheduled on ${input.scheduledOn}.`);
      const chair = await manager.findOneBy(LaStaffMemberEntity, { id: input.chairStaffId });
      if (chair === null) throw bad('No LA staff member with that id.', 'chairStaffId');
      const refusal = chairRefusal(chair, { childLocalAuthorityId: child.localAuthorityId, allocatedSocialWorker: await this.allocated(manager, child) });
      if (refusal !== null) throw bad(refusal, 'chairStaffId');
      const advocate = await this.engine.activeAssignment(manager, child.id);
      const advocateName: Array<{ display_name: string; user_id: string }> = advocate === null ? [] : await manager.query(
        `SELECT u.display_name, u.id AS user_id FROM advocates a JOIN users u ON u.id = a.user_id WHERE a.id = $1`, [advocate.advocateId]);
      if (chair.userId !== null && chair.userId === advocateName[0]?.user_id) throw bad("The child's advocate cannot chair their meeting.", 'chairStaffId');
      const invitees = [...new Set([...(advocateName[0] ? [`${advocateName[0].display_name} (advocate)`] : []), ...input.invitees.map((i) => i.trim()).filter((i) => i !== '')])];
      const meeting = await manager.save(manager.create(MeetingEntity, {
        childId: child.id, scheduledOn: input.scheduledOn, place: input.place.trim(), invitees, chairStaffId: chair.id,
        advocateId: advocate?.advocateId ?? null, status: 'SCHEDULED', heldOn: null, attendees: [], participationCode: null,
        minutes: null, summaryForChild: null, scheduledByUserId: caller.userId,
      }));
      await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action: 'meeting.scheduled', entity: 'child', entityId: child.id, meta, details: { meetingId: meeting.id } });
      return meeting.id;
    });
  }

  /** The advocate records the child's views from a private conversation before the meeting. */
  async recordView(caller: Caller, input: RecordChildViewInput, meta: RequestMeta): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meeting(manager, input.meetingId);
      await this.access.currentAdvocate(manager, caller, meeting.childId);
      conflictUnlessAllowed(meeting.status, 'RECORD_CHILD_VIEW');
      if (input.kind === 'SELF_REPRESENTATION') throw bad(SELF_REPRESENTATION_ELSEWHERE, 'kind');
      await manager.insert(ChildViewEntity, { meetingId: meeting.id, kind: input.kind, text: input.text.trim(), shareable: input.shareable, recordedByUserId: caller.userId });
      await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action: 'meeting.view_recorded', entity: 'child', entityId: meeting.childId, meta, details: { meetingId: meeting.id, shareable: input.shareable } });
      return meeting.id;
    });
  }

  /** Records the meeting as held: attendees and the child's participation code (PN0 only under 4). */
  async hold(caller: Caller, input: HoldMeetingInput, meta: RequestMeta): Promise<string> {
    const today = this.clock.today();
    const heldOn = assertPastOrToday(input.heldOn, 'heldOn', today);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meeting(manager, input.meetingId, true);
      const child = await this.access.ownLaChild(manager, caller, meeting.childId);
      conflictUnlessAllowed(meeting.status, 'HOLD');
      const problem = participationProblem(input.participationCode, child.dateOfBirth, heldOn);
      if (problem !== null) throw bad(problem, 'participationCode');
      const attendees = input.attendees.map((a) => a.trim()).filter((a) => a !== '');
      if (attendees.length === 0) throw bad('Enter who attended the meeting.', 'attendees');
      await manager.update(MeetingEntity, { id: meeting.id }, {
        status: 'HELD', heldOn, attendees, participationCode: input.participationCode,
      });
      await this.offers.offerAgainIfOptedOut(manager, await this.engine.activeAssignment(manager, child.id), 'CARE_PLANNING_MEETING', heldOn);
      await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action: 'meeting.held', entity: 'child', entityId: child.id, meta, details: { meetingId: meeting.id, participation: input.participationCode } });
      return meeting.id;
    });
  }

  /** The meeting; with `lock`, its row is locked for the rest of the transaction and read after the lock, so its status is current. */
  async meeting(manager: EntityManager, meetingId: string, lock = false): Promise<MeetingEntity> {
    const meeting = /^[0-9a-f-]{36}$/i.test(meetingId)
      ? await manager.findOne(MeetingEntity, { where: { id: meetingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (meeting === null) throw new DomainException('NOT_FOUND', 'No meeting with that id for a child you can see.');
    return meeting;
  }

  private async allocated(manager: EntityManager, child: ChildEntity): Promise<{ id: string; managerId: string | null } | null> {
    if (child.allocatedSocialWorkerId === null) return null;
    const sw = await manager.findOneBy(LaStaffMemberEntity, { id: child.allocatedSocialWorkerId });
    return sw === null ? null : { id: sw.id, managerId: sw.managerId };
  }
}

/** SELF_REPRESENTATION stays a view kind for views recorded earlier; the choice itself is now recorded on its own. */
const SELF_REPRESENTATION_ELSEWHERE =
  "Record the child's choice to represent themselves under \"The child has chosen to represent themselves at this meeting\", in the child's words.";

/** Refuses, as CONFLICT, a command the meeting's stage does not allow (the domain's `meetingCommandRefusal`). */
export function conflictUnlessAllowed(status: MeetingStatus, command: MeetingCommand): void {
  const refusal = meetingCommandRefusal(status, command);
  if (refusal !== null) throw new DomainException('CONFLICT', refusal);
}

export function bad(message: string, field: string): DomainException {
  return new DomainException('BAD_USER_INPUT', message, { field });
}
