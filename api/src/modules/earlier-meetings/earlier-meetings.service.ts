import { Inject, Injectable } from '@nestjs/common';
import {
  earlierMeetingAnswerDue,
  earlierMeetingAnswerStatus,
  earlierMeetingConcernRefusal,
  type EarlierMeetingRequestState,
  ukLongDate,
  WorkingDayCalendar,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { requireWords } from '../../common/validation/entered-input';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { childPageAddress } from '../significant-changes/significant-changes.service';
import type { AnswerEarlierMeetingRequestInput, EarlierMeetingRequestType, RequestEarlierMeetingInput } from './dto/earlier-meeting.types';
import { type EarlierMeetingRequestRow, EarlierMeetingRequestsRepository } from './earlier-meeting-requests.repository';
import { isUuid } from '../../common/validation/uuid';

const NOT_FOUND = 'No request for an earlier meeting with that id is in your caseload or your local authority.';

/**
 * Requests for an earlier meeting: the child's current advocate asks, a manager of the child's LA answers (agreed,
 * with the day, or declined, with reasons) within the configured working days; an unanswered request past its date
 * becomes a concern on the escalation ladder in one step (see EarlierMeetingConcernsService).
 */
@Injectable()
export class EarlierMeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: EarlierMeetingRequestsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(caller: Caller, input: RequestEarlierMeetingInput, meta: RequestMeta): Promise<EarlierMeetingRequestType> {
    const reason = requireWords(input.reason, 'reason', 'why an earlier meeting is needed');
    const today = this.clock.today();
    const due = earlierMeetingAnswerDue(this.calendar, today, this.config.earlierMeetingAnswerWorkingDays);
    const { shown, notifications } = await inTransaction(this.dataSource, async (manager) => {
      await this.access.currentAdvocate(manager, caller, input.childId);
      const child = await this.access.readable(manager, caller, input.childId);
      const id = await this.repository.insert(manager, {
        childId: child.id,
        requestedByUserId: caller.userId,
        reason,
        requestedOn: today,
        answerDueBy: due.dueBy,
        answerDueExplanation: due.explanation,
      });
      if (id === null) {
        throw new DomainException('CONFLICT', 'The child already has a request for an earlier meeting waiting for an answer.', { field: 'childId' });
      }
      await this.audit.childEvent(manager, caller, child.id, 'earlier_meeting.requested', meta, { requestId: id, answerDueBy: due.dueBy });
      const managers = (await this.notifications.recipients(manager, { localAuthorityId: child.localAuthorityId })).filter((r) => r.role === 'LA_MANAGER');
      const sent = await this.notifications.notify(manager, managers, {
        kind: 'EARLIER_MEETING_REQUESTED',
        message: `An advocate asked for an earlier meeting: answer by ${ukLongDate(due.dueBy)}.`,
        childName: `${child.givenName} ${child.familyName}`,
        link: (role) => childPageAddress(role, child.id),
        concernId: null,
        dedupeKey: `earlier-meeting:${id}:requested`,
      });
      return { shown: await this.shownById(manager, caller, id), notifications: sent };
    });
    await this.notifications.push(notifications);
    return shown;
  }

  async answer(caller: Caller, input: AnswerEarlierMeetingRequestInput, meta: RequestMeta): Promise<EarlierMeetingRequestType> {
    const today = this.clock.today();
    const draft = answerDraft(caller, input, today);
    const { shown, notifications } = await inTransaction(this.dataSource, async (manager) => {
      if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
      const row = await this.repository.find(manager, input.requestId, true);
      if (row === undefined || row.local_authority_id !== caller.localAuthorityId) throw new DomainException('NOT_FOUND', NOT_FOUND);
      if (!(await this.repository.answer(manager, row.id, draft))) {
        throw new DomainException('CONFLICT', 'This request has already been answered.', { field: 'requestId' });
      }
      await this.audit.childEvent(manager, caller, row.child_id, 'earlier_meeting.answered', meta, { requestId: row.id, answer: draft.answer });
      const advocates = (await this.notifications.recipients(manager, { advocateOfChildId: row.child_id })).filter((r) => r.role === 'ADVOCATE');
      const sent = await this.notifications.notify(manager, advocates, {
        kind: 'EARLIER_MEETING_ANSWERED',
        message:
          draft.answer === 'AGREED'
            ? `The local authority agreed to an earlier meeting, on ${ukLongDate(draft.meetingOn ?? today)}.`
            : 'The local authority declined the request for an earlier meeting, with reasons.',
        childName: row.child_name,
        link: (role) => childPageAddress(role, row.child_id),
        concernId: null,
        dedupeKey: `earlier-meeting:${row.id}:answered`,
      });
      return { shown: await this.shownById(manager, caller, row.id), notifications: sent };
    });
    await this.notifications.push(notifications);
    return shown;
  }

  async ofChild(caller: Caller, childId: string, meta: RequestMeta): Promise<EarlierMeetingRequestType[]> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      const rows = await this.repository.ofChild(manager, child.id);
      await this.audit.childReads(manager, { userId: caller.userId, role: caller.role }, meta, [child.id], 'earlier_meeting.read', { count: rows.length });
      const current = await this.access.isCurrentAdvocate(manager, caller, child.id);
      return rows.map((r) => this.shown(caller, r, current));
    });
  }

  async ofMyLocalAuthority(caller: Caller, meta: RequestMeta): Promise<EarlierMeetingRequestType[]> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    const laId = caller.localAuthorityId;
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.ofLocalAuthority(manager, laId);
      const actor = { userId: caller.userId, role: caller.role };
      await this.audit.childReads(
        manager,
        actor,
        meta,
        rows.map((r) => r.child_id),
        'earlier_meeting.listed',
        { count: rows.length },
      );
      return rows.map((r) => this.shown(caller, r, false));
    });
  }

  /** The request as the caller may see it, after checking they may: their own child's, or their LA's. */
  async readableRow(manager: EntityManager, caller: Caller, requestId: string, lock = false): Promise<EarlierMeetingRequestRow> {
    const row = isUuid(requestId) ? await this.repository.find(manager, requestId, lock) : undefined;
    if (row === undefined || !(await this.access.canRead(manager, caller, { id: row.child_id, localAuthorityId: row.local_authority_id }))) {
      throw new DomainException('NOT_FOUND', NOT_FOUND);
    }
    return row;
  }

  state(row: EarlierMeetingRequestRow): EarlierMeetingRequestState {
    return { answerDueBy: row.answer_due_by, answeredOn: row.answered_on, concernRaised: row.concern_id !== null };
  }

  async shownById(manager: EntityManager, caller: Caller, id: string): Promise<EarlierMeetingRequestType> {
    const row = await this.readableRow(manager, caller, id);
    return this.shown(caller, row, await this.access.isCurrentAdvocate(manager, caller, row.child_id));
  }

  private shown(caller: Caller, row: EarlierMeetingRequestRow, currentAdvocate: boolean): EarlierMeetingRequestType {
    const today = this.clock.today();
    const state = this.state(row);
    return {
      id: row.id,
      childId: row.child_id,
      childName: row.child_name,
      requestedByName: row.requested_by_name,
      reason: row.reason,
      requestedOn: row.requested_on,
      answerDueBy: row.answer_due_by,
      answerDueExplanation: row.answer_due_explanation,
      answerStatus: earlierMeetingAnswerStatus(state, today),
      answer: row.answer,
      answeredOn: row.answered_on,
      meetingOn: row.meeting_on,
      answerReasons: row.answer_reasons,
      answeredByName: row.answered_by_name,
      concernId: row.concern_id,
      canRaiseConcern: currentAdvocate && earlierMeetingConcernRefusal(state, today) === null,
      canAnswer: caller.role === 'LA_MANAGER' && caller.localAuthorityId === row.local_authority_id && row.answer === null,
    };
  }
}

function answerDraft(caller: Caller, input: AnswerEarlierMeetingRequestInput, today: string) {
  if (input.answer === 'AGREED') {
    const meetingOn = input.meetingOn ?? null;
    if (meetingOn === null) throw new DomainException('BAD_USER_INPUT', 'Enter the date of the earlier meeting.', { field: 'meetingOn' });
    if (meetingOn < today) {
      throw new DomainException('BAD_USER_INPUT', `The date of the earlier meeting must be today (${ukLongDate(today)}) or later.`, { field: 'meetingOn' });
    }
    return { answer: input.answer, answeredOn: today, meetingOn, reasons: input.reasons?.trim() || null, answeredByUserId: caller.userId };
  }
  const reasons = requireWords(input.reasons, 'reasons', 'the reasons for declining');
  if (input.meetingOn != null) throw new DomainException('BAD_USER_INPUT', 'A declined request has no meeting date: leave it empty.', { field: 'meetingOn' });
  return { answer: input.answer, answeredOn: today, meetingOn: null, reasons, answeredByUserId: caller.userId };
}
