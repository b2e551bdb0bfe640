import { Injectable } from '@nestjs/common';
import { allowedNextVisitCommands, visitSchedule } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import { RecommendationAnswersService } from '../recommendation-answers/recommendation-answers.service';
import type { HomeSummaryType, HomeType, HomeVisitType } from './dto/home.types';
import { homeScope } from './home-scope';
import { type HomeRow, HomeVisitsRepository } from './home-visits.repository';
import { visitVisibility } from './visit-visibility';

/** Homes, their visit schedule, reports and recommendations, as each role may see them. */
@Injectable()
export class HomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly children: ChildAccessService,
    private readonly clock: Clock,
    private readonly repository: HomeVisitsRepository,
    private readonly answers: RecommendationAnswersService,
  ) {}

  async list(caller: Caller): Promise<HomeSummaryType[]> {
    const scope = homeScope(caller);
    const rows = await this.repository.homes(this.dataSource, scope);
    return rows.map((r) => this.summary(r, caller));
  }

  async home(caller: Caller, homeId: string, meta: RequestMeta): Promise<HomeType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visibleHome(manager, caller, homeId);
      const summary = this.summary(row, caller);
      // One after another: they share the transaction's connection, which runs one query at a time.
      const visits = await this.repository.visitsOf(manager, row.id, caller.userId);
      const made = await this.repository.recommendationsOfVisits(
        manager,
        visits.map((v) => v.id),
      );
      const open = await this.repository.openRecommendations(manager, row.id);
      const mine = caller.role !== 'ADVOCATE' ? [] : await this.repository.myChildrenHere(manager, row.id, caller.userId);
      const visibility = await visitVisibility(manager, { access: this.children, answers: this.answers }, caller, row, visits, [...made, ...open]);
      const shown: HomeType = {
        ...summary,
        myChildrenHere: mine,
        visits: visits.map((v) => visibility.visit(v, made)),
        openRecommendationList: open.map((r) => visibility.recommendation(r)),
      };
      // One event: the home, and every child it showed (the caller's own children there and those named in its visits).
      await this.audit.record(manager, {
        actor: caller,
        action: 'home.read',
        entity: 'home',
        entityId: row.id,
        meta,
        childIds: [...mine.map((c) => c.id), ...visibility.shownChildIds],
      });
      return shown;
    });
  }

  async visit(caller: Caller, visitId: string, meta: RequestMeta): Promise<HomeVisitType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.visit(manager, uuidOrNull(visitId));
      if (row === undefined || (row.status === 'DRAFT' && row.advocate_user_id !== caller.userId)) throw notFound();
      const home = await this.visibleHome(manager, caller, row.home_id);
      const made = await this.repository.recommendationsOfVisit(manager, row.id);
      const visibility = await visitVisibility(manager, { access: this.children, answers: this.answers }, caller, home, [row], made);
      const shown = visibility.visit(row, made);
      await this.audit.record(manager, {
        actor: caller,
        action: 'home_visit.read',
        entity: 'home',
        entityId: row.home_id,
        meta,
        childIds: visibility.shownChildIds,
        details: { visitId: row.id },
      });
      return shown;
    });
  }

  async visibleHome(manager: EntityManager, caller: Caller, homeId: string): Promise<HomeRow> {
    const scope = homeScope(caller);
    const row = await this.repository.home(manager, scope, uuidOrNull(homeId));
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No home with that id is yours to see.');
    return row;
  }

  private summary(r: HomeRow, caller: Caller): HomeSummaryType {
    const today = this.clock.today();
    return {
      id: r.id,
      name: r.name,
      providerName: r.provider_name,
      ofstedUrn: r.ofsted_urn,
      address: r.address,
      localAuthorityName: r.la_name,
      responsibleAdvocateName: r.responsible_name,
      childrenPlaced: r.children_placed,
      schedule: r.represented_since === null ? null : visitSchedule({ representedSince: r.represented_since, visitedOn: r.visited, today }),
      lastVisitOn: r.visited[0] ?? null,
      openRecommendations: r.open_recommendations,
      draftVisitId: r.responsible_user_id === caller.userId ? r.draft_visit_id : null,
      responsibleIsMe: r.responsible_user_id === caller.userId,
      allowedVisitCommands: allowedNextVisitCommands({ callerIsResponsible: r.responsible_user_id === caller.userId, draft: draftOf(r, caller) }, caller.role),
    };
  }
}

/** Whose draft the home has, as the caller sees it. */
function draftOf(r: HomeRow, caller: Caller): 'NONE' | 'CALLERS' | 'ANOTHER_ADVOCATES' {
  if (r.draft_author_user_id === null) return 'NONE';
  return r.draft_author_user_id === caller.userId ? 'CALLERS' : 'ANOTHER_ADVOCATES';
}

function uuidOrNull(id: string): string | null {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : null;
}

function notFound(): DomainException {
  return new DomainException('NOT_FOUND', 'No visit report with that id is yours to see.');
}
