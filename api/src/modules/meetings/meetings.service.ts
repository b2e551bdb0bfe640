import { Injectable } from '@nestjs/common';
import {
  chairRefusal,
  fieldLabel,
  isIsoDate,
  type MeetingCommand,
  meetingCommandRefusal,
  type MeetingStatus,
  participationProblem,
  ukLongDate,
} from '@heard/domain';
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
import type { HoldMeetingInput, RecordChildViewInput, ScheduleMeetingInput } from './dto/meeting.inputs';
import type { MeetingEntity } from './meeting.entity';
import { type DecisionDraft, MeetingsRepository } from './meetings.repository';
import { isUuid } from '../../common/validation/uuid';

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
    private readonly repository: MeetingsRepository,
  ) {}

  async schedule(caller: Caller, input: ScheduleMeetingInput, meta: RequestMeta): Promise<string> {
    if (!isIsoDate(input.scheduledOn))
      throw bad(`${fieldLabel('scheduledOn')} must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(input.scheduledOn)}).`, 'scheduledOn');
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      // The child's row lock makes parallel schedulings of the same meeting take turns; the check below then sees the winner's.
      await this.engine.lockChild(manager, child.id);
      if (await this.repository.isScheduledOn(manager, child.id, input.scheduledOn))
        throw new DomainException('CONFLICT', `This child already has a meeting scheduled on ${ukLongDate(input.scheduledOn)}.`);
      const chair = await manager.findOneBy(LaStaffMemberEntity, { id: input.chairStaffId });
      if (chair === null) throw bad('No LA staff member with that id.', 'chairStaffId');
      const refusal = chairRefusal(chair, { childLocalAuthorityId: child.localAuthorityId, allocatedSocialWorker: await this.allocated(manager, child) });
      if (refusal !== null) throw bad(refusal, 'chairStaffId');
      const advocate = await this.engine.activeAssignment(manager, child.id);
      const advocateUser = advocate === null ? undefined : await this.repository.advocateUser(manager, advocate.advocateId);
      if (chair.userId !== null && chair.userId === advocateUser?.user_id) throw bad("The child's advocate cannot chair their meeting.", 'chairStaffId');
      const invitees = [
        ...new Set([...(advocateUser ? [`${advocateUser.display_name} (advocate)`] : []), ...input.invitees.map((i) => i.trim()).filter((i) => i !== '')]),
      ];
      const meeting = await this.repository.insert(manager, {
        childId: child.id,
        scheduledOn: input.scheduledOn,
        place: input.place.trim(),
        invitees,
        chairStaffId: chair.id,
        advocateId: advocate?.advocateId ?? null,
        scheduledByUserId: caller.userId,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.scheduled',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { meetingId: meeting.id },
      });
      return meeting.id;
    });
  }

  /** The advocate records the child's views from a private conversation before the meeting. */
  /** Returns the meeting's id and the new view's. */
  async recordView(caller: Caller, input: RecordChildViewInput, meta: RequestMeta): Promise<{ meetingId: string; viewId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meeting(manager, input.meetingId);
      await this.access.currentAdvocate(manager, caller, meeting.childId);
      conflictUnlessAllowed(meeting.status, 'RECORD_CHILD_VIEW');
      if (input.kind === 'SELF_REPRESENTATION') throw bad(SELF_REPRESENTATION_ELSEWHERE, 'kind');
      const viewId = await this.repository.insertView(manager, {
        meetingId: meeting.id,
        kind: input.kind,
        text: input.text.trim(),
        shareable: input.shareable,
        recordedByUserId: caller.userId,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.view_recorded',
        entity: 'child',
        entityId: meeting.childId,
        meta,
        details: { meetingId: meeting.id, shareable: input.shareable },
      });
      return { meetingId: meeting.id, viewId };
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
      await this.repository.markHeld(manager, meeting.id, { heldOn, attendees, participationCode: input.participationCode });
      await this.offers.offerAgainIfOptedOut(manager, await this.engine.activeAssignment(manager, child.id), 'CARE_PLANNING_MEETING', heldOn);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.held',
        entity: 'child',
        entityId: child.id,
        meta,
        details: { meetingId: meeting.id, participation: input.participationCode },
      });
      return meeting.id;
    });
  }

  /** The meeting; with `lock`, its row is locked for the rest of the transaction and read after the lock, so its status is current. */
  async meeting(manager: EntityManager, meetingId: string, lock = false): Promise<MeetingEntity> {
    const meeting = isUuid(meetingId) ? await this.repository.find(manager, meetingId, lock) : null;
    if (meeting === null) throw new DomainException('NOT_FOUND', 'No meeting with that id for a child you can see.');
    return meeting;
  }

  /** Locks the meeting's row for the rest of the transaction; returns its status as of the lock (undefined if it is gone). */
  async lockStatus(manager: EntityManager, meetingId: string): Promise<MeetingEntity['status'] | undefined> {
    return this.repository.lockStatus(manager, meetingId);
  }

  /** Whether this decision is already recorded at the meeting. */
  async hasDecision(manager: EntityManager, meetingId: string, text: string): Promise<boolean> {
    return this.repository.decisionExists(manager, meetingId, text);
  }

  /** Records a decision the held meeting made (the significant-decision guard has been applied by the caller). */
  async recordDecision(manager: EntityManager, draft: DecisionDraft): Promise<void> {
    await this.repository.insertDecision(manager, draft);
  }

  /** Marks the held meeting completed, with its minutes and the summary for the child. */
  async markCompleted(manager: EntityManager, meetingId: string, completed: Pick<MeetingEntity, 'minutes' | 'summaryForChild'>): Promise<void> {
    await this.repository.markCompleted(manager, meetingId, completed);
  }

  private async allocated(manager: EntityManager, child: ChildEntity): Promise<{ id: string; managerId: string | null } | null> {
    if (child.allocatedSocialWorkerId === null) return null;
    const sw = await manager.findOneBy(LaStaffMemberEntity, { id: child.allocatedSocialWorkerId });
    return sw === null ? null : { id: sw.id, managerId: sw.managerId };
  }
}

/** SELF_REPRESENTATION stays a view kind for views recorded earlier; the choice itself is now recorded on its own. */
const SELF_REPRESENTATION_ELSEWHERE =
  'Record the child\'s choice to represent themselves under "The child has chosen to represent themselves at this meeting", in the child\'s words.';

/** Refuses, as CONFLICT, a command the meeting's stage does not allow (the domain's `meetingCommandRefusal`). */
export function conflictUnlessAllowed(status: MeetingStatus, command: MeetingCommand): void {
  const refusal = meetingCommandRefusal(status, command);
  if (refusal !== null) throw new DomainException('CONFLICT', refusal);
}

export function bad(message: string, field: string): DomainException {
  return new DomainException('BAD_USER_INPUT', message, { field });
}
