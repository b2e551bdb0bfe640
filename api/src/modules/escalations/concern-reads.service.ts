import { Inject, Injectable } from '@nestjs/common';
import { allowedConcernCommands, escalationTargets, isInformationOverdue, isLaStage, isStageOverdue, stageDeadline, WorkingDayCalendar } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { ConcernAccessService } from './concern-access.service';
import { ConcernsRepository, type SummaryRow } from './concerns.repository';
import { stateOf } from './concerns.service';
import type { ConcernEventType, ConcernSummaryType, ConcernType, CourtApplicationType } from './dto/concern.type';

/** What each role may read of concerns: lists for their work, and one concern's history as far as their role may see it. */
@Injectable()
export class ConcernReadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConcernAccessService,
    private readonly children: ChildAccessService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
    private readonly repository: ConcernsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private today(): string {
    return this.clock.today();
  }

  /** The advocate's concerns for the children they currently represent: open ones first, nearest deadline first. */
  myConcerns(caller: Caller, meta: RequestMeta): Promise<ConcernSummaryType[]> {
    const scope = this.children.currentScope(caller);
    return this.list(caller, meta, `WHERE ${scope.where}`, [scope.param]);
  }

  /**
   * Open concerns about the LA's children waiting for the LA: at an LA stage without a response, or with information
   * requested. An immediate safeguarding concern bypasses the ladder: it is shown under the safeguarding alerts instead.
   */
  awaitingResponse(caller: Caller, meta: RequestMeta): Promise<ConcernSummaryType[]> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    return this.list(
      caller,
      meta,
      `WHERE k.local_authority_id = $1 AND k.status = 'OPEN' AND (
        (k.stage IN ('INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR') AND NOT k.responded_at_stage) OR k.information_due_on IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM safeguarding_alerts s WHERE s.concern_id = k.id)`,
      [caller.localAuthorityId],
    );
  }

  /** Concerns that have reached the Children's Commissioner and are still open: the triage board. */
  escalationQueue(caller: Caller, meta: RequestMeta): Promise<ConcernSummaryType[]> {
    if (caller.role !== 'COMMISSIONER_STAFF') throw forbidden();
    return this.list(caller, meta, `WHERE k.reached_commissioner_on IS NOT NULL AND k.status = 'OPEN'`, []);
  }

  /** Every concern about one child that the caller may see. */
  async forChild(caller: Caller, childId: string, meta: RequestMeta): Promise<ConcernSummaryType[]> {
    const child = await this.children.readable(this.dataSource.manager, caller, childId);
    return this.list(caller, meta, `WHERE k.child_id = $1`, [child.id]);
  }

  async concern(caller: Caller, concernId: string, meta: RequestMeta): Promise<ConcernType> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await this.access.visible(manager, caller, concernId);
      const row = await this.repository.summary(manager, concern.id);
      if (row === undefined) throw forbidden();
      await this.audit.record(manager, {
        actor: caller,
        action: 'concern.read',
        entity: 'child',
        entityId: concern.childId,
        meta,
        details: { concernId: concern.id },
      });
      const timeline = await this.timeline(manager, concern.id, caller.role);
      const today = this.today();
      const currentAdvocate = await this.children.isCurrentAdvocate(manager, caller, concern.childId);
      return {
        ...this.summary(row),
        childWants: concern.childWants,
        deadlineExplanation: isLaStage(concern.stage)
          ? stageDeadline(this.calendar, concern.stage, concern.stageEnteredOn, this.config.escalationStageDays).explanation
          : null,
        outcome: concern.outcome,
        fromActionId: concern.fromActionId,
        timeline,
        courtApplication: courtApplicationOf(timeline),
        escalationTargets:
          caller.role === 'ADVOCATE' ? escalationTargets(stateOf(concern), { today, calendar: this.calendar, deadlines: this.config.escalationStageDays }) : [],
        allowedCommands: allowedConcernCommands(stateOf(concern), { role: caller.role, currentAdvocate }),
      };
    });
  }

  private async list(caller: Caller, meta: RequestMeta, where: string, params: unknown[]): Promise<ConcernSummaryType[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.summaries(manager, where, params);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        rows.map((r) => r.child_id),
        'concern.list',
      );
      return rows.map((r) => this.summary(r));
    });
  }

  private summary(r: SummaryRow): ConcernSummaryType {
    const today = this.today();
    const state = {
      stage: r.stage,
      status: r.status,
      stageEnteredOn: r.stage_entered_on,
      deadline: r.stage_deadline,
      respondedAtStage: r.responded_at_stage,
      informationDueOn: r.information_due_on,
      triaged: r.triaged,
    };
    const missed = isStageOverdue(state, today) ? r.stage_deadline : isInformationOverdue(state, today) ? r.information_due_on : null;
    return {
      id: r.id,
      childId: r.child_id,
      childName: r.child_name,
      localAuthorityName: r.la_name,
      stage: r.stage,
      status: r.status,
      themes: r.themes as ConcernSummaryType['themes'],
      whatIsWrong: r.what_is_wrong,
      raisedOn: r.raised_on,
      stageEnteredOn: r.stage_entered_on,
      stageDeadline: r.stage_deadline,
      respondedAtStage: r.responded_at_stage,
      informationDueOn: r.information_due_on,
      overdue: missed !== null,
      workingDaysOverdue: missed === null ? 0 : this.calendar.workingDaysBetween(missed, today),
      triaged: r.triaged,
      updatedAt: r.updated_at,
    };
  }

  private async timeline(manager: EntityManager, concernId: string, role: string): Promise<ConcernEventType[]> {
    const rows = await this.repository.timeline(manager, concernId, role);
    return rows.map((e) => ({
      id: e.id,
      sequence: e.sequence,
      kind: e.kind,
      stage: e.stage,
      actorName: e.actor_name ?? 'Heard',
      actorRole: e.actor_role === 'SYSTEM' ? null : e.actor_role,
      at: e.at,
      asked: e.asked,
      answer: e.answer,
      evidence: e.evidence.map((x) => ({ text: x.text, url: x.url })),
      atRiskReason: text(e.details['atRiskReason']),
      dueOn: text(e.details['dueOn']),
      court: text(e.details['court']),
      caseNumber: text(e.details['caseNumber']),
      orderSought: text(e.details['orderSought']),
      hearingDates: Array.isArray(e.details['hearingDates']) ? (e.details['hearingDates'] as string[]) : [],
      courtOutcome: text(e.details['courtOutcome']),
      attended: typeof e.details['attended'] === 'boolean' ? e.details['attended'] : null,
      confidential: !e.audience.includes('LA_MANAGER') && e.audience.length === 1,
    }));
  }
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The court application as its steps recorded it: the application, then hearings adding dates and the outcome. */
function courtApplicationOf(timeline: readonly ConcernEventType[]): CourtApplicationType | null {
  const applied = timeline.find((e) => e.kind === 'APPLIED_TO_COURT');
  if (applied === undefined) return null;
  const hearings = timeline.filter((e) => e.kind === 'HEARING');
  const dates = [...applied.hearingDates, ...hearings.flatMap((h) => h.hearingDates)];
  const decided = [...hearings].reverse().find((h) => h.courtOutcome !== null);
  return {
    court: applied.court ?? '',
    caseNumber: applied.caseNumber ?? '',
    orderSought: applied.orderSought ?? '',
    hearingDates: [...new Set(dates)].sort(),
    outcome: decided?.courtOutcome ?? null,
  };
}
