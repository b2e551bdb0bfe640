import { Injectable } from '@nestjs/common';
import {
  type AnswerReader,
  answerVisibleTo,
  homeAnswerReceivedProblem,
  isLateAnswer,
  RECOMMENDATION_ANSWER_STATUS_LABELS,
  recommendationAnswerCommands,
  recommendationAnswerers,
  recommendationAnswerProblem,
  recommendationAnswerStatus,
  recommendationResponseDeadline,
  type IsoDate,
  WorkingDayCalendar,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { bad } from '../meetings/meetings.service';
import type { AnswerVisitRecommendationInput, RecordHomeAnswerInput } from './dto/recommendation-answer.inputs';
import type { RecommendationAnswerType, VisitRecommendationToAnswerType } from './dto/recommendation-answer.types';
import { type AnswerRow, RecommendationAnswersRepository } from './recommendation-answers.repository';

/** A recommendation a submitted report made, as the answers it is owed are opened for it. */
export interface MadeRecommendation {
  id: string;
  childId: string | null;
}

/**
 * The answers each visit recommendation is owed (reg 44(5) practice): opened for the home and the placing LAs when
 * the report is submitted, answered once by an LA's manager or, for the home, recorded by its responsible advocate
 * with the date it was received. Every read and write is audited.
 */
@Injectable()
export class RecommendationAnswersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecommendationAnswersRepository,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  /** Opens the answers a submitted report's recommendations are owed, in the submitting transaction; returns the date they are due. */
  async openFor(manager: EntityManager, homeId: string, visitOn: IsoDate, made: readonly MadeRecommendation[]): Promise<IsoDate> {
    const openedOn = this.clock.today();
    const dueOn = recommendationResponseDeadline(this.calendar, openedOn);
    if (made.length === 0) return dueOn;
    const placing = await this.repository.placingLocalAuthorities(manager, homeId, visitOn);
    const childLas = await this.repository.localAuthoritiesOf(
      manager,
      made.flatMap((r) => (r.childId === null ? [] : [r.childId])),
    );
    const answers = made.flatMap((r) =>
      recommendationAnswerers({ childLocalAuthorityId: r.childId === null ? null : (childLas.get(r.childId) ?? null) }, placing).map((slot) => ({
        recommendationId: r.id,
        ...slot,
        openedOn,
        dueOn,
      })),
    );
    await this.repository.open(manager, answers);
    return dueOn;
  }

  /** The answers these recommendations are owed that the caller may see, by recommendation (the reads are audited by the page that shows them). */
  async answersFor(manager: EntityManager, caller: Caller, recommendationIds: readonly string[]): Promise<Map<string, RecommendationAnswerType[]>> {
    const byRecommendation = new Map<string, RecommendationAnswerType[]>();
    if (recommendationIds.length === 0) return byRecommendation;
    for (const row of await this.repository.forRecommendations(manager, recommendationIds)) {
      const reader = readerOf(caller, row);
      if (!answerVisibleTo(row, reader)) continue;
      byRecommendation.set(row.recommendation_id, [...(byRecommendation.get(row.recommendation_id) ?? []), this.toType(row, reader)]);
    }
    return byRecommendation;
  }

  /** An LA manager's visit recommendations to answer, and those answered. */
  toAnswer(caller: Caller, meta: RequestMeta): Promise<VisitRecommendationToAnswerType[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.ofLocalAuthority(manager, ownLa(caller));
      const childIds = rows.flatMap((r) => (r.child_id === null ? [] : [r.child_id]));
      await this.audit.record(manager, {
        actor: caller,
        action: 'recommendation_answer.list',
        entity: 'local_authority',
        entityId: ownLa(caller),
        meta,
        childIds,
        details: { answers: rows.length },
      });
      return rows.map((r) => ({
        answer: this.toType(r, readerOf(caller, r)),
        what: r.what,
        owner: r.owner,
        recommendationDueOn: r.recommendation_due_on,
        themes: r.themes as VisitRecommendationToAnswerType['themes'],
        aboutAChild: r.child_id !== null,
        homeId: r.home_id,
        homeName: r.home_name,
        visitId: r.visit_id,
        visitOn: r.visit_on,
      }));
    });
  }

  /** A manager of the LA answers for it, once; the London date of the answer decides whether it was on time. */
  answerForLa(caller: Caller, input: AnswerVisitRecommendationInput, meta: RequestMeta): Promise<RecommendationAnswerType> {
    return this.give(caller, input.answerId, meta, 'ANSWER_FOR_LA', () => {
      const problem = recommendationAnswerProblem(input);
      if (problem !== null) throw bad(problem.message, problem.field);
      return { response: input.response.trim(), answeredOn: this.clock.today() };
    });
  }

  /** The home's responsible advocate records the home's answer, once, on the date it was received. */
  recordHomeAnswer(caller: Caller, input: RecordHomeAnswerInput, meta: RequestMeta): Promise<RecommendationAnswerType> {
    return this.give(caller, input.answerId, meta, 'RECORD_HOME_ANSWER', (row) => {
      const problem = recommendationAnswerProblem(input) ?? homeAnswerReceivedProblem(input.receivedOn, row.opened_on, this.clock.today());
      if (problem !== null) throw bad(problem.message, problem.field);
      return { response: input.response.trim(), answeredOn: input.receivedOn };
    });
  }

  private give(
    caller: Caller,
    answerId: string,
    meta: RequestMeta,
    command: 'ANSWER_FOR_LA' | 'RECORD_HOME_ANSWER',
    answerOf: (row: AnswerRow) => { response: string; answeredOn: IsoDate },
  ): Promise<RecommendationAnswerType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.find(manager, answerId);
      const reader = row === undefined ? null : readerOf(caller, row);
      const own = row !== undefined && reader !== null && recommendationAnswerCommands({ answerer: row.answerer, answered: false }, reader).includes(command);
      // Anyone else's answer is not found (the refusal is audited with every other, by the refusal filter).
      if (row === undefined || !own) throw new DomainException('NOT_FOUND', 'No answer with that id is yours to give.');
      if (row.answered_on !== null) throw answeredAlready();
      const answer = answerOf(row);
      if (!(await this.repository.answer(manager, row.id, { ...answer, at: this.clock.now(), userId: caller.userId }))) throw answeredAlready();
      const status = recommendationAnswerStatus({ dueOn: row.due_on, answeredOn: answer.answeredOn }, this.clock.today());
      await this.audit.record(manager, {
        actor: caller,
        action: command === 'ANSWER_FOR_LA' ? 'recommendation_answer.answered' : 'recommendation_answer.home_answer_recorded',
        entity: 'home',
        entityId: row.home_id,
        meta,
        childIds: row.child_id === null ? [] : [row.child_id],
        details: { answerId: row.id, recommendationId: row.recommendation_id, onTime: status === 'ANSWERED_ON_TIME' },
      });
      return this.toType({ ...row, ...answer, answered_on: answer.answeredOn }, reader);
    });
  }

  private toType(row: AnswerRow, reader: AnswerReader): RecommendationAnswerType {
    const status = recommendationAnswerStatus({ dueOn: row.due_on, answeredOn: row.answered_on }, this.clock.today());
    return {
      id: row.id,
      recommendationId: row.recommendation_id,
      answerer: row.answerer,
      answererName: row.local_authority_name ?? row.home_name,
      openedOn: row.opened_on,
      dueOn: row.due_on,
      status,
      statusLabel: RECOMMENDATION_ANSWER_STATUS_LABELS[status],
      late: isLateAnswer(status),
      response: row.response,
      answeredOn: row.answered_on,
      allowedCommands: recommendationAnswerCommands({ answerer: row.answerer, answered: row.answered_on !== null }, reader),
    };
  }
}

function readerOf(caller: Caller, row: AnswerRow): AnswerReader {
  return {
    role: caller.role,
    ownLocalAuthority: row.local_authority_id !== null && row.local_authority_id === caller.localAuthorityId,
    responsibleForHome: row.responsible_user_id === caller.userId,
  };
}

function ownLa(caller: Caller): string {
  if (caller.localAuthorityId === null) throw new DomainException('FORBIDDEN', 'Your account belongs to no local authority.');
  return caller.localAuthorityId;
}

function answeredAlready(): DomainException {
  return new DomainException('CONFLICT', 'This recommendation has already been answered: reload the page to see the answer.');
}
