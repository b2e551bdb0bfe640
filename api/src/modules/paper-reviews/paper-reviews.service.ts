import { Injectable } from '@nestjs/common';
import {
  chairRefusal,
  consultationRecorder,
  consulteeLabel,
  deadlineStatus,
  nextMeetingRule,
  PAPER_REVIEW_CONSULTEES,
  paperReviewDue,
  paperReviewSignOffProblem,
  settledLongTermFosterSince,
  ukLongDate,
  WorkingDayCalendar,
  type PaperReviewConsultee,
  type PaperReviewDue,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { assertPastOrToday, requireWords } from '../../common/validation/entered-input';
import { inTransaction } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import { LaStaffMemberEntity } from '../la-staff/la-staff-member.entity';
import { MeetingsRepository } from '../meetings/meetings.repository';
import type { RecordPaperReviewConsultationInput, SignOffPaperReviewInput } from './dto/paper-review.inputs';
import type { PaperReviewType } from './dto/paper-review.types';
import { PaperReviewsRepository } from './paper-reviews.repository';

const NOT_ELIGIBLE =
  'Paper reviews are only for a child settled in a long-term foster placement whose meetings are yearly: this child has their meetings instead.';

interface Due extends PaperReviewDue {
  afterMeetingOn: string;
}

/**
 * Paper reviews between the yearly meetings of a child settled in long-term foster care: the child's current advocate
 * records the consultation with the child (the child's voice comes through their advocate), the managers of the
 * child's LA record the carers' and social worker's, and sign it off under a chair who may chair the child's meetings.
 */
@Injectable()
export class PaperReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly meetings: MeetingsRepository,
    private readonly repository: PaperReviewsRepository,
  ) {}

  async read(caller: Caller, childId: string, meta: RequestMeta): Promise<PaperReviewType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      await this.audit.childEvent(manager, caller, child.id, 'paper_review.read', meta, {});
      return this.shown(manager, caller, child, await this.due(manager, child.id));
    });
  }

  async consult(caller: Caller, input: RecordPaperReviewConsultationInput, meta: RequestMeta): Promise<PaperReviewType> {
    const on = assertPastOrToday(input.consultedOn, 'consultedOn', this.clock.today());
    const summary = requireWords(input.summary, 'summary', `a summary of what ${consulteeLabel(input.who)} said`);
    return inTransaction(this.dataSource, async (manager) => {
      const child = await this.access.readable(manager, caller, input.childId);
      await this.mayRecord(manager, caller, child, input.who);
      const due = await this.eligible(manager, child.id);
      if (on < due.afterMeetingOn)
        throw new DomainException('BAD_USER_INPUT', `The consultation cannot be before the last meeting on ${ukLongDate(due.afterMeetingOn)}.`, {
          field: 'consultedOn',
        });
      const review = await this.repository.lock(manager, child.id, due.afterMeetingOn, due.dueOn);
      if (review.signed_off_on !== null) throw new DomainException('CONFLICT', 'This paper review has already been signed off.');
      await this.repository.consult(manager, review.id, input.who, on, summary, caller.userId);
      await this.audit.childEvent(manager, caller, child.id, 'paper_review.consulted', meta, { who: input.who, consultedOn: on });
      return this.shown(manager, caller, child, due);
    });
  }

  async signOff(caller: Caller, input: SignOffPaperReviewInput, meta: RequestMeta): Promise<PaperReviewType> {
    const on = assertPastOrToday(input.signedOffOn, 'signedOffOn', this.clock.today());
    return inTransaction(this.dataSource, async (manager) => {
      const child = await this.access.ownLaChild(manager, caller, input.childId);
      const due = await this.eligible(manager, child.id);
      if (on < due.afterMeetingOn)
        throw new DomainException('BAD_USER_INPUT', `The paper review cannot be signed off before the last meeting on ${ukLongDate(due.afterMeetingOn)}.`, {
          field: 'signedOffOn',
        });
      const chair = await manager.findOneBy(LaStaffMemberEntity, { id: input.chairStaffId });
      if (chair === null) throw new DomainException('BAD_USER_INPUT', 'No LA staff member with that id.', { field: 'chairStaffId' });
      const refusal = chairRefusal(chair, { childLocalAuthorityId: child.localAuthorityId, allocatedSocialWorker: await this.allocated(manager, child) });
      if (refusal !== null) throw new DomainException('BAD_USER_INPUT', refusal, { field: 'chairStaffId' });
      const review = await this.repository.lock(manager, child.id, due.afterMeetingOn, due.dueOn);
      const consulted = (await this.repository.consultations(manager, review.id)).map((c) => c.who);
      const problem = paperReviewSignOffProblem(consulted, review.signed_off_on);
      if (problem !== null) throw new DomainException('CONFLICT', problem.message);
      await this.repository.signOff(manager, review.id, on, chair.id, caller.userId);
      await this.audit.childEvent(manager, caller, child.id, 'paper_review.signed_off', meta, { signedOffOn: on, chairStaffId: chair.id });
      return this.shown(manager, caller, child, due);
    });
  }

  /** The paper review due after the child's last yearly meeting, or null when their meetings are not yearly. */
  private async due(manager: EntityManager, childId: string): Promise<Due | null> {
    const row = await this.meetings.scheduleOf(manager, childId);
    if (row === undefined) return null;
    const settled = settledLongTermFosterSince({ start: row.start, placementType: row.placement_type });
    const held = row.held.filter((d) => d >= row.start).sort();
    const last = held[held.length - 1];
    if (last === undefined || nextMeetingRule(held, settled) !== 'YEARLY_LONG_TERM_FOSTER') return null;
    // Signed-off reviews are shown, not hidden: the due date is always the one after the last meeting.
    const due = paperReviewDue(this.calendar, { periodOfCareStart: row.start, heldOn: held, settledLongTermFosterSince: settled }, []);
    return due === null ? null : { ...due, afterMeetingOn: last };
  }

  private async eligible(manager: EntityManager, childId: string): Promise<Due> {
    const due = await this.due(manager, childId);
    if (due === null) throw new DomainException('CONFLICT', NOT_ELIGIBLE);
    return due;
  }

  /** The child's consultation is the child's advocate's to record; the carers' and social worker's the LA's. */
  private async mayRecord(manager: EntityManager, caller: Caller, child: ChildEntity, who: PaperReviewConsultee): Promise<void> {
    if (consultationRecorder(who) === 'ADVOCATE') {
      if (caller.role !== 'ADVOCATE') throw forbidden("The child's consultation is recorded by the child's advocate, as the child's voice comes through them.");
      await this.access.currentAdvocate(manager, caller, child.id);
      return;
    }
    if (caller.role !== 'LA_MANAGER') throw forbidden(`The consultation with ${consulteeLabel(who)} is recorded by the local authority.`);
    await this.access.ownLaChild(manager, caller, child.id);
  }

  private async shown(manager: EntityManager, caller: Caller, child: ChildEntity, due: Due | null): Promise<PaperReviewType> {
    if (due === null) {
      return {
        childId: child.id,
        eligible: false,
        explanation: NOT_ELIGIBLE,
        afterMeetingOn: null,
        dueOn: null,
        lastWorkingDayBefore: null,
        deadlineStatus: null,
        consultations: [],
        signedOffOn: null,
        chairName: null,
        canRecord: [],
        canSignOff: false,
      };
    }
    const review = await this.repository.find(manager, child.id, due.afterMeetingOn);
    const consultations = review === undefined ? [] : await this.repository.consultations(manager, review.id);
    const signedOffOn = review?.signed_off_on ?? null;
    const open = signedOffOn === null;
    const currentAdvocate = await this.access.isCurrentAdvocate(manager, caller, child.id);
    const ownLa = caller.role === 'LA_MANAGER' && caller.localAuthorityId === child.localAuthorityId;
    return {
      childId: child.id,
      eligible: true,
      explanation: due.explanation,
      afterMeetingOn: due.afterMeetingOn,
      dueOn: due.dueOn,
      lastWorkingDayBefore: due.lastWorkingDayBefore,
      deadlineStatus: deadlineStatus(due.dueOn, signedOffOn, this.clock.today()),
      consultations: consultations.map((c) => ({ who: c.who, consultedOn: c.consulted_on, summary: c.summary, recordedByName: c.recorded_by_name })),
      signedOffOn,
      chairName: review?.chair_name ?? null,
      canRecord: open ? PAPER_REVIEW_CONSULTEES.filter((who) => (consultationRecorder(who) === 'ADVOCATE' ? currentAdvocate : ownLa)) : [],
      canSignOff:
        open &&
        ownLa &&
        paperReviewSignOffProblem(
          consultations.map((c) => c.who),
          null,
        ) === null,
    };
  }

  private async allocated(manager: EntityManager, child: ChildEntity): Promise<{ id: string; managerId: string | null } | null> {
    if (child.allocatedSocialWorkerId === null) return null;
    const sw = await manager.findOneBy(LaStaffMemberEntity, { id: child.allocatedSocialWorkerId });
    return sw === null ? null : { id: sw.id, managerId: sw.managerId };
  }
}
