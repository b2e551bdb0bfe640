import { Injectable } from '@nestjs/common';
import { actionReviewRefusal, heldMeetingRefusal, isIsoDate, significantDecisionGuard, ukLongDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { requireWords } from '../../common/validation/entered-input';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { DecisionParts } from '../meeting-parts/decision-parts';
import type { CompleteMeetingInput, RecordMeetingDecisionInput } from '../meetings/dto/meeting.inputs';
import type { MeetingEntity } from '../meetings/meeting.entity';
import { bad, MeetingsService } from '../meetings/meetings.service';
import { OffersService } from '../offers/offers.service';
import { RepresentationsRepository } from '../representations/representations.repository';
import type { RecordActionInput, ReviewActionInput } from './dto/action.inputs';
import { ActionsRepository } from './actions.repository';

/** What a held meeting decides and agrees, and the follow-through of earlier actions. */
@Injectable()
export class MeetingOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly representations: RepresentationsRepository,
    private readonly offers: OffersService,
    private readonly actions: ActionsRepository,
    private readonly parts: DecisionParts,
  ) {}

  /**
   * The significant-decision guard (`significantDecisionGuard` in libs/domain) is enforced here: a
   * significant decision links the advocate's own input for this meeting, or the child's advocate
   * recorded the child's self-representation, or the child has opted out; the chair alone never can.
   */
  async decide(caller: Caller, input: RecordMeetingDecisionInput, meta: RequestMeta): Promise<string> {
    return this.withHeldMeeting(caller, input.meetingId, async (manager, meeting) => {
      const text = requireWords(input.text, 'text', 'the decision');
      const advocateInputId = input.advocateInputId ?? null;
      const linkedInput = advocateInputId === null ? null : await this.representations.linkedInput(manager, advocateInputId, meeting.childId);
      if (advocateInputId !== null && linkedInput === null)
        throw bad("No advocate's input with that id: choose one of the advocate's inputs for this meeting.", 'advocateInputId');
      const guard = significantDecisionGuard({
        significant: input.significant,
        meetingId: meeting.id,
        linkedInput,
        selfRepresentationRecorded: await this.representations.selfRepresentationRecorded(manager, meeting.id),
        childOptedOut: (await this.offers.latestDecision(manager, meeting.childId))?.kind === 'OPTED_OUT',
      });
      if (!guard.allowed) throw bad(guard.reason, guard.field);
      const partId = await this.parts.partFor(manager, meeting.id, input.partId);
      if (await this.meetings.hasDecision(manager, meeting.id, text))
        throw new DomainException('CONFLICT', 'This decision is already recorded at this meeting.');
      await this.meetings.recordDecision(manager, {
        meetingId: meeting.id,
        text,
        significant: input.significant,
        advocateInputId,
        basis: guard.basis,
        recordedByUserId: caller.userId,
      });
      await this.parts.place(manager, meeting.id, text, partId);
      await this.log(manager, caller, meta, meeting, 'meeting.decision_recorded');
    });
  }

  async addAction(caller: Caller, input: RecordActionInput, meta: RequestMeta): Promise<string> {
    return this.withHeldMeeting(caller, input.meetingId, async (manager, meeting) => {
      if (!isIsoDate(input.dueOn)) throw bad(`The due date must be a real date in the form YYYY-MM-DD (you entered ${JSON.stringify(input.dueOn)}).`, 'dueOn');
      if (meeting.heldOn !== null && input.dueOn <= meeting.heldOn)
        throw bad(`The due date must be after the meeting on ${ukLongDate(meeting.heldOn)}.`, 'dueOn');
      const what = requireWords(input.what, 'what', 'what will be done');
      if (await this.actions.exists(manager, meeting.id, what)) throw new DomainException('CONFLICT', 'This action is already recorded at this meeting.');
      await this.actions.insert(manager, {
        childId: meeting.childId,
        meetingId: meeting.id,
        what,
        owner: requireWords(input.owner, 'owner', 'who owns the action'),
        dueOn: input.dueOn,
        monitoring: requireWords(input.monitoring, 'monitoring', 'how the action will be monitored'),
      });
      await this.log(manager, caller, meta, meeting, 'meeting.action_recorded');
    });
  }

  /** At the next meeting each open action is closed (done, or not done with a reason) or carried over with a reason. */
  async review(caller: Caller, input: ReviewActionInput, meta: RequestMeta): Promise<string> {
    return this.withHeldMeeting(caller, input.meetingId, async (manager, meeting) => {
      const action = await this.actions.lock(manager, input.actionId);
      if (action === null || action.childId !== meeting.childId) throw new DomainException('NOT_FOUND', 'No action with that id for this child.');
      const refusal = actionReviewRefusal(action, meeting);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      const reason =
        input.outcome === 'DONE'
          ? input.reason?.trim() || null
          : requireWords(input.reason, 'reason', input.outcome === 'NOT_DONE' ? 'why the action was not done' : 'why the action is carried over');
      await this.actions.recordReview(manager, action.id, {
        status: input.outcome === 'CARRIED_OVER' ? 'OPEN' : input.outcome,
        carryOvers: action.carryOvers + (input.outcome === 'CARRIED_OVER' ? 1 : 0),
        lastReviewedMeetingId: meeting.id,
        reviewNote: reason,
      });
      await this.log(manager, caller, meta, meeting, `meeting.action_${input.outcome.toLowerCase()}`);
    });
  }

  /** A meeting completes only when every open action from earlier meetings has been reviewed at it. */
  async complete(caller: Caller, input: CompleteMeetingInput, meta: RequestMeta): Promise<string> {
    return this.withHeldMeeting(caller, input.meetingId, async (manager, meeting) => {
      const unreviewed = await this.actions.unreviewedAt(manager, meeting.childId, meeting.id);
      if (unreviewed.length > 0) {
        throw new DomainException('CONFLICT', `Close or carry over every open action first: ${unreviewed.map((a) => `"${a.what}"`).join(', ')}.`, {
          unreviewed: unreviewed.length,
        });
      }
      await this.meetings.markCompleted(manager, meeting.id, { minutes: input.minutes.trim(), summaryForChild: input.summaryForChild.trim() });
      await this.log(manager, caller, meta, meeting, 'meeting.completed');
    });
  }

  private async withHeldMeeting(caller: Caller, meetingId: string, work: (manager: EntityManager, meeting: MeetingEntity) => Promise<void>): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: decisions, actions, reviews and completion of one meeting take turns, each seeing the last one's result.
      const meeting = await this.meetings.meeting(manager, meetingId, true);
      await this.access.ownLaChild(manager, caller, meeting.childId);
      const refusal = heldMeetingRefusal(meeting.status);
      if (refusal !== null) throw new DomainException('CONFLICT', refusal);
      await work(manager, meeting);
      return meeting.id;
    });
  }

  private async log(manager: EntityManager, caller: Caller, meta: RequestMeta, meeting: MeetingEntity, action: string): Promise<void> {
    await this.audit.record(manager, {
      actor: { userId: caller.userId, role: caller.role },
      action,
      entity: 'child',
      entityId: meeting.childId,
      meta,
      details: { meetingId: meeting.id },
    });
  }
}
