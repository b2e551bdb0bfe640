import { Injectable } from '@nestjs/common';
import { allowedChildCommands, allowedOfferCommands, isOfferOverdue, isUascOn, missingEpisodeDays, recordRetentionDate } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { CareEpisodeEntity } from '../care-episodes/care-episode.entity';
import { OfferEntity } from '../offers/offer.entity';
import { TriggerEventEntity } from '../triggers/trigger-event.entity';
import { AuditService } from '../audit/audit.service';
import { MissingEpisodesRepository } from '../missing-from-care/missing-episodes.repository';
import { ChildAccessService } from './child-access.service';
import { auditedChildSummaries, childSummaries } from './child-summaries.query';
import type { ChildSummaryType } from './dto/child-summary.type';
import type { ChildDecisionType, ChildType } from './dto/child.type';
import { AssignmentType } from './dto/child.type';
import { sqlRows } from '../../database/sql';

@Injectable()
export class ChildrenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly missing: MissingEpisodesRepository,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** The advocate's current children; every child listed is an audited read. */
  async myChildren(caller: Caller, meta: RequestMeta): Promise<ChildSummaryType[]> {
    if (caller.role !== 'ADVOCATE') throw forbidden();
    return auditedChildSummaries(this.dataSource.manager, { kind: 'advocateUser', userId: caller.userId }, this.today(), caller, (source, first) =>
      this.audit.childReadsOf(source, caller, meta, 'child.list', first),
    );
  }

  async laChildren(caller: Caller, meta: RequestMeta): Promise<ChildSummaryType[]> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    return auditedChildSummaries(
      this.dataSource.manager,
      { kind: 'localAuthority', localAuthorityId: caller.localAuthorityId },
      this.today(),
      caller,
      (source, first) => this.audit.childReadsOf(source, caller, meta, 'child.list', first),
    );
  }

  async child(caller: Caller, childId: string, meta: RequestMeta): Promise<ChildType> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.access.readable(manager, caller, childId);
      const today = this.today();
      const [summary] = await childSummaries(manager, { kind: 'ids', ids: [entity.id] }, today, caller);
      if (summary === undefined) throw new Error(`child ${entity.id} vanished mid-transaction`);
      await this.audit.childReads(manager, caller, meta, [entity.id], 'child.read');
      const decisions = await this.decisions(manager, childId);
      const assignments = await this.assignments(manager, childId);
      const callerIsCurrentAdvocate = assignments.some((a) => a.endedOn === null && a.advocateUserId === caller.userId);
      const offerState = { childOptedOut: decisions[0]?.kind === 'OPTED_OUT', callerIsCurrentAdvocate };
      const episodes = await manager.find(CareEpisodeEntity, { where: { childId }, order: { startDate: 'DESC' } });
      const inCare = episodes[0] !== undefined && episodes[0].endDate === null;
      const callerIsChildsLa = caller.role === 'LA_MANAGER' && caller.localAuthorityId === entity.localAuthorityId;
      return {
        ...summary,
        allowedCommands: allowedChildCommands({ inCare, callerIsChildsLa }, caller.role),
        firstLanguage: entity.firstLanguage,
        communicationNeeds: entity.communicationNeeds,
        legalStatus: entity.legalStatus,
        placementType: entity.placementType,
        retainUntil: recordRetentionDate(entity.dateOfBirth),
        episodes: episodes.map((e) => ({
          id: e.id,
          startDate: e.startDate,
          endDate: e.endDate,
          legalStatus: e.legalStatus,
          placementType: e.placementType,
        })),
        assignments: assignments.map(({ advocateUserId: _user, ...assignment }) => assignment),
        offers: (await manager.find(OfferEntity, { where: { childId }, order: { createdAt: 'DESC' } })).map((o) => ({
          id: o.id,
          reason: o.reason,
          promptedOn: o.promptedOn,
          dueOn: o.dueOn,
          dueExplanation: o.dueExplanation,
          overdue: isOfferOverdue(o.dueOn, o.outcome, today),
          outcome: o.outcome,
          outcomeOn: o.outcomeOn,
          childWords: o.childWords,
          nonInstructedReason: o.nonInstructedReason,
          allowedCommands: allowedOfferCommands({ ...offerState, outcome: o.outcome, closedOn: o.closedOn }, caller.role),
        })),
        decisions,
        missingEpisodes: (await this.missing.ofChildren(manager, [entity.id]))
          .reverse()
          .map((e) => ({ kind: e.kind, startedOn: e.started_on, endedOn: e.ended_on, days: missingEpisodeDays(e.started_on, e.ended_on, today) })),
        uasc: isUascOn(entity, today),
        uascCeasedOn: entity.uasc ? entity.uascCeasedOn : null,
        triggerEvents: (await manager.find(TriggerEventEntity, { where: { childId }, order: { occurredOn: 'DESC' } })).map((t) => ({
          id: t.id,
          kind: t.kind,
          occurredOn: t.occurredOn,
        })),
      };
    });
  }

  /** The child's assignments, newest first, each with its advocate's user (to tell whether the caller is the current one). */
  private async assignments(manager: EntityManager, childId: string): Promise<Array<AssignmentType & { advocateUserId: string }>> {
    const rows = await sqlRows<{
      id: string;
      advocate_id: string;
      advocate_user_id: string;
      display_name: string;
      started_on: string;
      start_reason: string;
      ended_on: string | null;
      end_reason: string | null;
      end_note: string | null;
    }>(
      manager,
      `SELECT a.id, a.advocate_id, adv.user_id AS advocate_user_id, u.display_name, to_char(a.started_on, 'YYYY-MM-DD') AS started_on, a.start_reason,
                to_char(a.ended_on, 'YYYY-MM-DD') AS ended_on, a.end_reason, a.end_note
           FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id JOIN users u ON u.id = adv.user_id
          WHERE a.child_id = $1 ORDER BY a.started_on DESC, a.created_at DESC`,
      [childId],
    );
    return rows.map((r) => ({
      id: r.id,
      advocate: { id: r.advocate_id, displayName: r.display_name },
      startedOn: r.started_on,
      startReason: r.start_reason,
      endedOn: r.ended_on,
      endReason: r.end_reason,
      endNote: r.end_note,
      advocateUserId: r.advocate_user_id,
    }));
  }

  private async decisions(manager: EntityManager, childId: string): Promise<ChildDecisionType[]> {
    const rows = await sqlRows<{ id: string; kind: string; decided_on: string; child_words: string | null; display_name: string }>(
      manager,
      `SELECT d.id, d.kind, to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on, d.child_words, u.display_name
         FROM child_decisions d JOIN users u ON u.id = d.recorded_by_user_id
        WHERE d.child_id = $1 ORDER BY d.recorded_at DESC, d.id DESC`,
      [childId],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, decidedOn: r.decided_on, childWords: r.child_words, recordedBy: r.display_name }));
  }
}
