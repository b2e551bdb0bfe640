import { Injectable } from '@nestjs/common';
import {
  allowedVisitCommands,
  homeVisitAddress,
  type IsoDate,
  VISIT_ALREADY_SUBMITTED,
  visitReportProblems,
  ukLongDate,
  type VisitReport,
} from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { badInputs, DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { type MadeRecommendation, RecommendationAnswersService } from '../recommendation-answers/recommendation-answers.service';
import type { VisitReportInput } from './dto/home-visit.inputs';
import { HomeVisitsRepository } from './home-visits.repository';
import { HomesService } from './homes.service';

/** The responsible advocate's visit reports: saved as drafts, then submitted once complete and shared. */
@Injectable()
export class HomeVisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly homes: HomesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: HomeVisitsRepository,
    private readonly answers: RecommendationAnswersService,
  ) {}

  /** Creates or replaces the home's one draft; returns its id. */
  async saveDraft(caller: Caller, homeId: string, input: VisitReportInput, meta: RequestMeta): Promise<string> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.responsibleFor(manager, caller, homeId, true);
      const report = normalise(input);
      await this.checkChildren(manager, homeId, report);
      const existing = await this.repository.draftOf(manager, homeId);
      if (existing !== null && existing.advocateUserId !== caller.userId)
        throw new DomainException('CONFLICT', 'Another advocate has a draft report for this home.');
      const id = existing?.id ?? (await this.repository.insertDraft(manager, homeId, caller.userId, report));
      if (existing !== null) await this.repository.updateDraft(manager, id, report);
      await this.audit.record(manager, { actor: caller, action: 'home_visit.draft_saved', entity: 'home', entityId: homeId, meta, details: { visitId: id } });
      return id;
    });
  }

  /** Submits the draft: every part complete, every earlier open recommendation followed up. Nothing changes if anything is missing. */
  async submit(caller: Caller, visitId: string, meta: RequestMeta): Promise<string> {
    const pushed = await inTransaction(this.dataSource, async (manager) => {
      const visit = UUID.test(visitId) ? await this.repository.lockVisit(manager, visitId) : null;
      if (visit === null || visit.advocateUserId !== caller.userId) throw new DomainException('NOT_FOUND', 'No visit report with that id is yours to submit.');
      if (!allowedVisitCommands({ status: visit.status, callerIsAuthor: true }, caller.role).includes('SUBMIT'))
        throw new DomainException('CONFLICT', VISIT_ALREADY_SUBMITTED);
      const home = await this.responsibleFor(manager, caller, visit.homeId, true);
      const report = visit.report;
      const open = await this.repository.openRecommendationIds(manager, visit.homeId);
      const problems = visitReportProblems(report, this.clock.today(), open);
      const [first, ...rest] = problems;
      if (first !== undefined) {
        const what = rest.length === 0 ? first.message : `${problems.length} things are missing.`;
        throw badInputs([first, ...rest], `The report cannot be submitted yet: ${what}`);
      }
      for (const f of report.followUps.filter((x) => open.includes(x.recommendationId))) {
        await this.repository.followUp(manager, {
          recommendationId: f.recommendationId,
          status: f.outcome === 'CARRIED_OVER' ? 'OPEN' : f.outcome,
          carriedOver: f.outcome === 'CARRIED_OVER' ? 1 : 0,
          visitId: visit.id,
          note: f.note.trim(),
        });
      }
      const made: MadeRecommendation[] = [];
      for (const r of report.recommendations) {
        const id = await this.repository.insertRecommendation(manager, {
          homeId: visit.homeId,
          visitId: visit.id,
          what: r.what.trim(),
          owner: r.owner.trim(),
          dueOn: r.dueOn,
          themes: [...r.themes],
          childId: r.childId,
        });
        made.push({ id, childId: r.childId });
      }
      await this.repository.markSubmitted(manager, visit.id, report.visitOn);
      // A complete report has its visit date (visitReportProblems refuses one without).
      const answerBy = await this.answers.openFor(manager, visit.homeId, report.visitOn ?? this.clock.today(), made);
      await this.audit.record(manager, {
        actor: caller,
        action: 'home_visit.submitted',
        entity: 'home',
        entityId: visit.homeId,
        meta,
        details: { visitId: visit.id },
      });
      const spokenTo = report.childrenSpokenTo.flatMap((c) => (c.childId === null ? [] : [c.childId]));
      await this.audit.childReads(manager, caller, meta, spokenTo, 'home_visit.child_voice_recorded');
      return this.share(manager, visit.id, visit.homeId, home.name, home.providerContactEmail, report, answerBy);
    });
    await this.notifications.push(pushed);
    return visitId;
  }

  /** Tells the placing LAs' managers and Commissioner staff, and emails the provider the shared report. */
  private async share(
    manager: EntityManager,
    visitId: string,
    homeId: string,
    homeName: string,
    providerEmail: string,
    report: VisitReport,
    answerBy: IsoDate,
  ): Promise<NotificationType[]> {
    const recipients = await this.repository.reportAudience(manager, homeId);
    const answers = report.recommendations.length === 0 ? '' : ` The home and the placing local authorities answer them by ${ukLongDate(answerBy)}.`;
    const message = `A visit report for ${homeName} (visit on ${report.visitOn === null ? '' : ukLongDate(report.visitOn)}) was submitted, with ${report.recommendations.length} recommendation(s).${answers}`;
    const notified = await this.notifications.notify(manager, recipients, {
      kind: 'HOME_VISIT_SUBMITTED',
      message,
      concernId: null,
      dedupeKey: `home-visit:${visitId}`,
      link: (role) => homeVisitAddress(role, homeId, visitId),
    });
    await this.notifications.emailOutsider(
      manager,
      providerEmail,
      `Independent visit report: ${homeName}`,
      `${message}\n\nThe shared report (without children's private words unless they agreed) is available to you from Heard's advocacy service.`,
    );
    return notified;
  }

  private async responsibleFor(manager: EntityManager, caller: Caller, homeId: string, lock: boolean): Promise<{ name: string; providerContactEmail: string }> {
    const home = await this.homes.visibleHome(manager, caller, homeId);
    if (caller.role !== 'ADVOCATE' || home.responsible_user_id !== caller.userId)
      throw forbidden('Only the advocate responsible for this home can write its visit reports.');
    const row = await this.repository.contact(manager, home.id, lock);
    return { name: row?.name ?? '', providerContactEmail: row?.provider_contact_email ?? '' };
  }

  /** Children named in the report must live in the home (or have done so). */
  private async checkChildren(manager: EntityManager, homeId: string, report: VisitReport): Promise<void> {
    const ids = [...report.childrenSpokenTo.map((c) => c.childId), ...report.recommendations.map((r) => r.childId)].filter((id): id is string => id !== null);
    if (ids.length === 0) return;
    const known = await this.repository.everPlaced(manager, homeId, ids);
    const missing = ids.filter((id) => !known.includes(id));
    if (missing.length > 0) throw new DomainException('BAD_USER_INPUT', 'A child named in the report has never lived in this home.', { field: 'childId' });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function normalise(input: VisitReportInput): VisitReport {
  return {
    visitOn: input.visitOn ?? null,
    announced: input.announced ?? null,
    childrenSpokenTo: input.childrenSpokenTo.map((c) => ({
      childId: c.childId ?? null,
      name: c.name.trim(),
      spokeInPrivate: c.spokeInPrivate,
      consentToSpeak: c.consentToSpeak,
      whatTheySaid: c.whatTheySaid.trim(),
      consentToShare: c.consentToShare,
    })),
    staffSpokenTo: input.staffSpokenTo.trim(),
    recordsChecked: input.recordsChecked.trim(),
    judgements: input.judgements.map((j) => ({ standard: j.standard, judgement: j.judgement, evidence: j.evidence.trim() })),
    recommendations: input.recommendations.map((r) => ({
      what: r.what.trim(),
      owner: r.owner.trim(),
      dueOn: r.dueOn,
      themes: [...r.themes],
      childId: r.childId ?? null,
    })),
    followUps: input.followUps.map((f) => ({ recommendationId: f.recommendationId, outcome: f.outcome, note: f.note.trim() })),
  };
}
