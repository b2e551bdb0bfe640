import { Inject, Injectable } from '@nestjs/common';
import {
  concernAddress,
  type ConcernCommand,
  type ConcernState,
  decide,
  isCommissionerStage,
  isDrift,
  raiseConcern,
  type Role,
  STAGE_LABELS,
  themesProblem,
  ukLongDate,
  WorkingDayCalendar,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { requireWords } from '../../common/validation/entered-input';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { ActionsRepository } from '../actions/actions.repository';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { HomeVisitsRepository } from '../home-visits/home-visits.repository';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { ConcernAccessService, EVERY_PARTY } from './concern-access.service';
import type { EventDraft } from './concern-events';
import type { ConcernEntity } from './concern.entity';
import { ConcernsRepository, type RecommendationUseRow } from './concerns.repository';
import { CONCERN_UPDATED, concernUpdate, type ConcernUpdatePayload } from './concern-updates';
import type { RaiseConcernInput } from './dto/concern.inputs';

/** Who hears about a step, and what they are told (never the child's name: it may go by email). */
export interface StepNotice {
  la?: boolean;
  advocate?: boolean;
  commissioner?: boolean;
  message: string;
}

/** Another feature's record a concern comes from: checked and locked before the concern is raised, linked after, in the same transaction. */
export interface ConcernSource {
  check(manager: EntityManager, childId: string): Promise<void>;
  link(manager: EntityManager, concernId: string): Promise<void>;
}

export interface Step {
  command: ConcernCommand;
  event: EventDraft;
  notice: StepNotice | null;
}

/** Raising concerns and every later step on the ladder, each in one transaction with its history, audit and notifications. */
@Injectable()
export class ConcernsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConcernAccessService,
    private readonly children: ChildAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: ConcernsRepository,
    private readonly actions: ActionsRepository,
    private readonly recommendations: HomeVisitsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  private today(): string {
    return this.clock.today();
  }

  /** Raises a concern; a `source` (another feature's record) is checked before and linked after, in the same transaction. */
  async raise(caller: Caller, input: RaiseConcernInput, meta: RequestMeta, source?: ConcernSource): Promise<string> {
    const whatIsWrong = requireWords(input.whatIsWrong, 'whatIsWrong', 'what is wrong');
    const childWants = requireWords(input.childWants, 'childWants', 'what the child wants');
    const themeProblem = themesProblem(input.themes);
    if (themeProblem !== null) throw new DomainException('BAD_USER_INPUT', themeProblem, { field: 'themes' });
    const today = this.today();
    const raisedOn = input.raisedOn ?? today;
    const raised = raiseConcern(raisedOn, { today, calendar: this.calendar, deadlines: this.config.escalationStageDays });
    if (!raised.ok) throw new DomainException('BAD_USER_INPUT', raised.refusal, { field: 'raisedOn' });
    const state = raised.next;
    const { id, published } = await inTransaction(this.dataSource, async (manager) => {
      await this.children.currentAdvocate(manager, caller, input.childId);
      const child = await this.children.readable(manager, caller, input.childId);
      if (input.fromActionId != null) await this.checkDriftedAction(manager, input.fromActionId, child.id);
      if (input.fromRecommendationId != null) await this.checkRecommendation(manager, input.fromRecommendationId, child.id);
      await source?.check(manager, child.id);
      const concern = await this.repository.insert(manager, {
        childId: child.id,
        localAuthorityId: child.localAuthorityId,
        raisedByUserId: caller.userId,
        fromActionId: input.fromActionId ?? null,
        fromRecommendationId: input.fromRecommendationId ?? null,
        whatIsWrong,
        childWants,
        themes: [...input.themes],
        raisedOn,
        stage: state.stage,
        status: state.status,
        stageEnteredOn: state.stageEnteredOn,
        stageDeadline: state.deadline,
        respondedAtStage: false,
        informationDueOn: null,
        triaged: false,
        reachedCommissionerOn: null,
        overdueNotifiedKey: null,
        outcome: null,
      });
      await source?.link(manager, concern.id);
      const event: EventDraft = {
        kind: 'RAISED',
        asked: whatIsWrong,
        answer: childWants,
        evidence: input.evidence,
        details: { themes: [...input.themes], fromActionId: input.fromActionId ?? null, fromRecommendationId: input.fromRecommendationId ?? null },
      };
      return {
        id: concern.id,
        published: await this.record(
          manager,
          caller,
          concern,
          event,
          { la: true, message: `An advocate raised a concern with you: respond by ${state.deadline === null ? 'its deadline' : ukLongDate(state.deadline)}.` },
          meta,
        ),
      };
    });
    await this.publish(published);
    return id;
  }

  /** Applies one step of the ladder: checked by the domain rules, recorded as an immutable event. */
  async step(caller: Caller, concernId: string, step: Step, meta: RequestMeta): Promise<string> {
    const published = await inTransaction(this.dataSource, async (manager) => {
      const concern = await this.access.visible(manager, caller, concernId, true);
      if (caller.role === 'ADVOCATE') await this.children.currentAdvocate(manager, caller, concern.childId);
      const today = this.today();
      const decision = decide(stateOf(concern), step.command, {
        role: caller.role,
        today,
        calendar: this.calendar,
        deadlines: this.config.escalationStageDays,
      });
      if (!decision.ok) {
        throw new DomainException(
          decision.conflict === true ? 'CONFLICT' : 'BAD_USER_INPUT',
          decision.refusal,
          decision.field === undefined ? undefined : { field: decision.field },
        );
      }
      const next = decision.next;
      const status = next.status;
      Object.assign(concern, {
        stage: next.stage,
        status,
        stageEnteredOn: next.stageEnteredOn,
        stageDeadline: next.deadline,
        respondedAtStage: next.respondedAtStage,
        informationDueOn: next.informationDueOn,
        triaged: next.triaged,
        reachedCommissionerOn: concern.reachedCommissionerOn ?? (isCommissionerStage(next.stage) ? today : null),
        outcome: step.command.kind === 'RESOLVE' ? step.command.outcome.trim() : concern.outcome,
      });
      await this.repository.save(manager, concern);
      return this.record(manager, caller, concern, step.event, step.notice, meta);
    });
    await this.publish(published);
    return concernId;
  }

  private async record(
    manager: EntityManager,
    caller: Caller,
    concern: ConcernEntity,
    event: EventDraft,
    notice: StepNotice | null,
    meta: RequestMeta,
  ): Promise<{ update: ConcernUpdatePayload; notifications: NotificationType[] }> {
    const audience = event.audience ?? EVERY_PARTY;
    const sequence = await this.repository.appendEvent(manager, concern.id, concern.stage, caller, event, EVERY_PARTY);
    await this.audit.record(manager, {
      actor: caller,
      action: `concern.${event.kind.toLowerCase()}`,
      entity: 'child',
      entityId: concern.childId,
      meta,
      details: { concernId: concern.id, stage: concern.stage },
    });
    let notifications: NotificationType[] = [];
    if (notice !== null) {
      const recipients = await this.notifications.recipients(manager, {
        localAuthorityId: notice.la === true ? concern.localAuthorityId : undefined,
        advocateOfChildId: notice.advocate === true ? concern.childId : undefined,
        commissionerStaff: notice.commissioner === true && concern.reachedCommissionerOn !== null,
      });
      notifications = await this.notifications.notify(
        manager,
        recipients.filter((r) => r.userId !== caller.userId && audience.includes(r.role as Role)),
        {
          kind: `CONCERN_${event.kind}`,
          message: `${notice.message} (${STAGE_LABELS[concern.stage]} stage)`,
          childName: await this.repository.childName(manager, concern.childId),
          link: (role) => concernLink(role, concern.id),
          concernId: concern.id,
          dedupeKey: `concern:${concern.id}:${sequence}`,
        },
      );
    }
    return { update: concernUpdate(await this.repository.currentAdvocateUserIds(manager, concern.childId), concern, event.kind, audience), notifications };
  }

  private async publish(published: { update: ConcernUpdatePayload; notifications: NotificationType[] }): Promise<void> {
    await this.pubSub.publish(CONCERN_UPDATED, { [CONCERN_UPDATED]: published.update });
    await this.notifications.push(published.notifications);
  }

  /** Locks the recommendation first (as for a drifted action), then reads whether a concern already came from it. */
  private async checkRecommendation(manager: EntityManager, recommendationId: string, childId: string): Promise<void> {
    await this.recommendations.lockRecommendation(manager, recommendationId);
    const row = await this.repository.recommendationUse(manager, recommendationId);
    const problem = recommendationProblem(row, childId);
    if (problem !== null) throw new DomainException(row?.used === true ? 'CONFLICT' : 'BAD_USER_INPUT', problem, { field: 'fromRecommendationId' });
  }

  /** Locks the action, so parallel raises from it take turns and the check for an existing concern sees the winner's. */
  private async checkDriftedAction(manager: EntityManager, actionId: string, childId: string): Promise<void> {
    const action = await this.actions.lockForConcern(manager, actionId);
    if (action === undefined || action.child_id !== childId)
      throw new DomainException('BAD_USER_INPUT', 'That action is not from this child’s meetings.', { field: 'fromActionId' });
    if (action.status !== 'OPEN' || !isDrift(action.carry_overs))
      throw new DomainException('BAD_USER_INPUT', 'Only an open action that has drifted (carried over twice) can become a concern.', { field: 'fromActionId' });
    if (await this.repository.raisedFromAction(manager, actionId))
      throw new DomainException('CONFLICT', 'A concern has already been raised about this action.', { field: 'fromActionId' });
  }
}

function recommendationProblem(row: RecommendationUseRow | undefined, childId: string): string | null {
  if (row === undefined || row.child_id !== childId) return 'That recommendation is not from a home visit about this child.';
  if (row.status !== 'OPEN') return 'Only an open recommendation can become a concern.';
  return row.used ? 'A concern has already been raised about this recommendation.' : null;
}

export function stateOf(concern: ConcernEntity): ConcernState {
  return {
    stage: concern.stage,
    status: concern.status,
    stageEnteredOn: concern.stageEnteredOn,
    deadline: concern.stageDeadline,
    respondedAtStage: concern.respondedAtStage,
    informationDueOn: concern.informationDueOn,
    triaged: concern.triaged,
  };
}

export function concernLink(role: string, concernId: string): string {
  return concernAddress(role, concernId);
}
