import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireWords } from '../../common/validation/entered-input';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { conflictUnlessAllowed, MeetingsService } from '../meetings/meetings.service';
import type { RecordAdvocateInputInput, RecordChildSelfRepresentationInput } from './dto/representation.inputs';
import { RepresentationsRepository } from './representations.repository';

/**
 * The advocate's representations for a meeting, recorded by the child's current advocate on their own
 * screen, before or at the meeting (while it is scheduled or held): their input on a proposed
 * decision, and the child's choice to represent themselves, in the child's words.
 */
@Injectable()
export class RepresentationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly engine: AssignmentEngine,
    private readonly audit: AuditService,
    private readonly repository: RepresentationsRepository,
  ) {}

  async recordInput(caller: Caller, input: RecordAdvocateInputInput, meta: RequestMeta): Promise<string> {
    return this.asChildsAdvocate(caller, input.meetingId, async (manager, meeting, advocateId) => {
      const proposal = requireWords(input.proposal, 'proposal', 'the decision proposed');
      const text = requireWords(input.input, 'input', 'your input on the proposed decision');
      const advocateInputId = await this.repository.insertInput(manager, {
        meetingId: meeting.id,
        proposal,
        input: text,
        recordedByUserId: caller.userId,
        advocateId,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.advocate_input_recorded',
        entity: 'child',
        entityId: meeting.childId,
        meta,
        details: { meetingId: meeting.id, advocateInputId },
      });
    });
  }

  /** Once per meeting: a second attempt (or a parallel one) is a CONFLICT. */
  async recordSelfRepresentation(caller: Caller, input: RecordChildSelfRepresentationInput, meta: RequestMeta): Promise<string> {
    return this.asChildsAdvocate(caller, input.meetingId, async (manager, meeting, advocateId) => {
      const childWords = requireWords(input.childWords, 'childWords', "the child's own words about representing themselves");
      if (await this.repository.hasSelfRepresentation(manager, meeting.id))
        throw new DomainException('CONFLICT', 'The child’s choice to represent themselves at this meeting is already recorded.');
      await this.repository.insertSelfRepresentation(manager, { meetingId: meeting.id, childWords, recordedByUserId: caller.userId, advocateId });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'meeting.self_representation_recorded',
        entity: 'child',
        entityId: meeting.childId,
        meta,
        details: { meetingId: meeting.id },
      });
    });
  }

  /** Locks the meeting (so it cannot complete meanwhile) and checks the caller is the child's current advocate. */
  private async asChildsAdvocate(
    caller: Caller,
    meetingId: string,
    work: (manager: EntityManager, meeting: MeetingEntity, advocateId: string) => Promise<void>,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.meetings.meeting(manager, meetingId);
      await this.access.currentAdvocate(manager, caller, found.childId);
      const status = (await this.meetings.lockStatus(manager, found.id)) ?? found.status;
      conflictUnlessAllowed(status, 'RECORD_ADVOCATE_INPUT');
      const assignment = await this.engine.activeAssignment(manager, found.childId);
      if (assignment === null) throw new DomainException('FORBIDDEN', 'Only the child’s current advocate can do that.');
      await work(manager, { ...found, status }, assignment.advocateId);
      return found.id;
    });
  }
}
