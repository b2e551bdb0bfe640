import { Injectable } from '@nestjs/common';
import {
  answeredOnTime,
  followUpCanComplete,
  type IsoDate,
  providerAnswerProblem,
  providerThemeEmail,
  putThemeProblem,
  putThemeToProviderProblem,
  type ThemeRecipientKind,
  themeRequestResponder,
  THEME_LABELS,
  THEME_REQUEST_STATUS_LABELS,
  themeAnswerProblem,
  themeRequestAddress,
  themeFollowUpProblem,
  themeRequestCommands,
  themeRequestStatus,
  themeResponseDeadline,
  WorkingDayCalendar,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { isUuid } from '../../common/validation/uuid';
import { AuditService } from '../audit/audit.service';
import { bad } from '../meetings/meetings.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { AddThemeFollowUpInput, AnswerThemeInput, PutThemeInput, PutThemeToProviderInput, RecordProviderAnswerInput } from './dto/theme-answer.inputs';
import type { ThemeLocalAuthorityType, ThemeRequestType } from './dto/theme-answer.types';
import { type ThemeFollowUpRow, ThemeAnswersRepository, type ThemeRequestRow } from './theme-answers.repository';

/**
 * Themes the Commissioner puts to a local authority or a children's home provider, and their answers: Commissioner
 * staff put them and read all; an LA's managers read and answer their own LA's, once, and track the follow-ups to done.
 * A provider has no account: it is emailed, and Commissioner staff record its answer and track its follow-ups. LA
 * managers never see a provider's request. Every read and write is audited.
 */
@Injectable()
export class ThemeAnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ThemeAnswersRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  async put(caller: Caller, input: PutThemeInput, meta: RequestMeta): Promise<ThemeRequestType> {
    const problem = putThemeProblem(input);
    if (problem !== null) throw bad(problem.message, problem.field);
    const { request, pushed } = await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.localAuthorityExists(manager, input.localAuthorityId))) {
        throw bad('Choose a local authority from the list', 'localAuthorityId');
      }
      const at = this.clock.now();
      const putOn = this.clock.today();
      const deadline = themeResponseDeadline(this.calendar, putOn);
      const id = await this.repository.insert(manager, {
        ...input,
        providerName: null,
        question: input.question.trim(),
        userId: caller.userId,
        at,
        putOn,
        deadline,
      });
      await this.record(manager, caller, meta, 'theme_request.put', id, { localAuthorityId: input.localAuthorityId, theme: input.theme, deadline });
      const managers = await this.repository.managersOf(manager, input.localAuthorityId);
      const pushed = await this.notifications.notify(manager, managers, {
        kind: 'THEME_PUT',
        message: `The Children's Commissioner has put a theme to your local authority (${THEME_LABELS[input.theme]}): answer by ${deadline}.`,
        link: (role) => themeRequestAddress(role, id),
        concernId: null,
        dedupeKey: `theme-request:${id}`,
      });
      return { request: await this.view(manager, caller, id), pushed };
    });
    await this.notifications.push(pushed);
    return request;
  }

  /** Puts a theme to a provider and emails the contact addresses its homes give, in the same transaction. */
  putToProvider(caller: Caller, input: PutThemeToProviderInput, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      const problem = putThemeToProviderProblem(input, await this.repository.providers(manager));
      if (problem !== null) throw bad(problem.message, problem.field);
      const at = this.clock.now();
      const putOn = this.clock.today();
      const deadline = themeResponseDeadline(this.calendar, putOn);
      const question = input.question.trim();
      const id = await this.repository.insert(manager, { ...input, localAuthorityId: null, question, userId: caller.userId, at, putOn, deadline });
      const contacts = await this.repository.providerContacts(manager, input.providerName);
      const email = providerThemeEmail({ providerName: input.providerName, themeLabel: THEME_LABELS[input.theme], question, deadline });
      for (const to of contacts) await this.notifications.emailOutsider(manager, to, email.subject, email.body);
      await this.record(manager, caller, meta, 'theme_request.put', id, {
        providerName: input.providerName,
        theme: input.theme,
        deadline,
        emailed: contacts.length,
      });
      return this.view(manager, caller, id);
    });
  }

  /** The providers of children's homes a theme can be put to (Commissioner staff). */
  providers(): Promise<string[]> {
    return this.repository.providers(this.dataSource);
  }

  /** Commissioner staff record a provider's answer, once; on time or late by the date it was received. */
  recordProviderAnswer(caller: Caller, input: RecordProviderAnswerInput, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.respondable(manager, caller, input.themeRequestId);
      if (kindOf(row) !== 'PROVIDER')
        throw new DomainException('FORBIDDEN', 'A local authority answers its own themes: only a provider’s answer is recorded for it.');
      const problem = providerAnswerProblem(input, row.put_on, this.clock.today());
      if (problem !== null) throw bad(problem.message, problem.field);
      await this.saveAnswer(manager, caller, row, input, input.receivedOn);
      await this.record(manager, caller, meta, 'theme_request.provider_answer_recorded', row.id, {
        receivedOn: input.receivedOn,
        onTime: answeredOnTime(row.deadline, input.receivedOn),
      });
      return this.view(manager, caller, row.id);
    });
  }

  /** The local authorities a theme can be put to (Commissioner staff). */
  localAuthorities(): Promise<ThemeLocalAuthorityType[]> {
    return this.repository.localAuthorities(this.dataSource);
  }

  list(caller: Caller, meta: RequestMeta): Promise<ThemeRequestType[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.list(manager, caller.role === 'COMMISSIONER_STAFF' ? null : this.ownLa(caller));
      const followUps = await this.repository.followUps(
        manager,
        rows.map((r) => r.id),
      );
      await this.record(manager, caller, meta, 'theme_request.list', null, { requests: rows.length });
      return rows.map((row) => this.toType(row, followUps, caller));
    });
  }

  one(caller: Caller, id: string, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.view(manager, caller, id);
      await this.record(manager, caller, meta, 'theme_request.read', id, {});
      return request;
    });
  }

  answer(caller: Caller, input: AnswerThemeInput, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.respondable(manager, caller, input.themeRequestId);
      const today = this.clock.today();
      const problem = themeAnswerProblem(input, today);
      if (problem !== null) throw bad(problem.message, problem.field);
      await this.saveAnswer(manager, caller, row, input, today);
      await this.record(manager, caller, meta, 'theme_request.answered', row.id, { onTime: answeredOnTime(row.deadline, today) });
      return this.view(manager, caller, row.id);
    });
  }

  addFollowUp(caller: Caller, input: AddThemeFollowUpInput, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.respondable(manager, caller, input.themeRequestId);
      if (row.answered_at === null) throw new DomainException('CONFLICT', 'Answer the theme before adding follow-ups.');
      const problem = themeFollowUpProblem(input, this.clock.today());
      if (problem !== null) throw bad(problem.message, problem.field);
      const at = this.clock.now();
      const followUpId = await this.repository.addFollowUp(manager, {
        requestId: row.id,
        action: input.action.trim(),
        owner: input.owner.trim(),
        dueOn: input.dueOn,
        userId: caller.userId,
        at,
      });
      await this.record(manager, caller, meta, 'theme_request.follow_up_added', row.id, { followUpId });
      return this.view(manager, caller, row.id);
    });
  }

  completeFollowUp(caller: Caller, followUpId: string, meta: RequestMeta): Promise<ThemeRequestType> {
    return this.dataSource.transaction(async (manager) => {
      // A malformed id is nobody's follow-up (and never reaches PostgreSQL as a uuid it cannot parse).
      const followUp = isUuid(followUpId) ? await this.repository.followUp(manager, followUpId) : undefined;
      if (followUp === undefined) throw notFound('No follow-up with that id for a theme you can see.');
      const row = await this.respondable(manager, caller, followUp.theme_request_id);
      if (!followUpCanComplete(followUp.state) || !(await this.repository.completeFollowUp(manager, followUpId, caller.userId, this.clock.now()))) {
        throw new DomainException('CONFLICT', 'This follow-up is already done.');
      }
      await this.record(manager, caller, meta, 'theme_request.follow_up_done', row.id, { followUpId });
      return this.view(manager, caller, row.id);
    });
  }

  /**
   * The request if the caller may see it: Commissioner staff any, an LA manager their own LA's (never a provider's);
   * otherwise NOT_FOUND.
   */
  private async readable(manager: EntityManager, caller: Caller, id: string): Promise<ThemeRequestRow> {
    const row = isUuid(id) ? await this.repository.find(manager, id) : undefined;
    const visible =
      caller.role === 'COMMISSIONER_STAFF' || (row !== undefined && row.local_authority_id !== null && row.local_authority_id === this.ownLa(caller));
    if (row === undefined || !visible) throw notFound('No theme request with that id for a local authority you can see.');
    return row;
  }

  /** Records the answer once: of two at once, one updates the row and the other gets CONFLICT. */
  private async saveAnswer(manager: EntityManager, caller: Caller, row: ThemeRequestRow, input: AnswerThemeInput, answeredOn: IsoDate): Promise<void> {
    const saved = await this.repository.answer(manager, row.id, {
      found: input.found.trim(),
      willDo: input.willDo.trim(),
      byWhen: input.byWhen,
      userId: caller.userId,
      at: this.clock.now(),
      answeredOn,
    });
    if (!saved) throw new DomainException('CONFLICT', 'This theme has already been answered: reload it to see the answer.');
  }

  /** A request the caller may see and answers for: an LA's managers for an LA's, Commissioner staff for a provider's. */
  private async respondable(manager: EntityManager, caller: Caller, id: string): Promise<ThemeRequestRow> {
    const row = await this.readable(manager, caller, id);
    if (themeRequestResponder(kindOf(row)) !== caller.role) {
      throw new DomainException('FORBIDDEN', 'The local authority answers and follows up a theme put to it; Commissioner staff do it for a provider.');
    }
    return row;
  }

  private async view(manager: EntityManager, caller: Caller, id: string): Promise<ThemeRequestType> {
    const row = await this.readable(manager, caller, id);
    return this.toType(row, await this.repository.followUps(manager, [row.id]), caller);
  }

  private ownLa(caller: Caller): string {
    if (caller.localAuthorityId === null) throw new DomainException('FORBIDDEN', 'Your account belongs to no local authority.');
    return caller.localAuthorityId;
  }

  private toType(row: ThemeRequestRow, followUps: readonly ThemeFollowUpRow[], caller: Caller): ThemeRequestType {
    const status = themeRequestStatus({ deadline: row.deadline, answeredOn: row.answered_on }, this.clock.today());
    const answer =
      row.answered_on !== null && row.found !== null && row.will_do !== null && row.by_when !== null
        ? { found: row.found, willDo: row.will_do, byWhen: row.by_when, answeredOn: row.answered_on, onTime: answeredOnTime(row.deadline, row.answered_on) }
        : null;
    const kind = kindOf(row);
    return {
      id: row.id,
      recipientKind: kind,
      recipientName: row.provider_name ?? row.local_authority_name ?? '',
      localAuthorityId: row.local_authority_id,
      localAuthorityName: row.local_authority_name,
      providerName: row.provider_name,
      theme: row.theme,
      themeLabel: THEME_LABELS[row.theme],
      question: row.question,
      putOn: row.put_on,
      deadline: row.deadline,
      status,
      statusLabel: THEME_REQUEST_STATUS_LABELS[status],
      answer,
      followUps: followUps
        .filter((f) => f.theme_request_id === row.id)
        .map((f) => ({ id: f.id, action: f.action, owner: f.owner, dueOn: f.due_on, state: f.state, completedAt: f.completed_at })),
      allowedCommands: themeRequestCommands(answer === null ? 'AWAITING_ANSWER' : 'ANSWERED', caller.role, kind),
    };
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    meta: RequestMeta,
    action: string,
    entityId: string | null,
    details: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    return this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action, entity: 'theme_request', entityId, meta, details });
  }
}

function kindOf(row: ThemeRequestRow): ThemeRecipientKind {
  return row.provider_name === null ? 'LOCAL_AUTHORITY' : 'PROVIDER';
}

function notFound(message: string): DomainException {
  return new DomainException('NOT_FOUND', message);
}
