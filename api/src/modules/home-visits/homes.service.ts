import { Injectable } from '@nestjs/common';
import { allowedNextVisitCommands, visitSchedule } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { HomeSummaryType, HomeType, HomeVisitType } from './dto/home.types';
import { homeScope } from './home-scope';
import { type RecommendationRow, type VisitRow, visitVisibility } from './visit-visibility';

interface HomeRow {
  id: string; name: string; provider_name: string; ofsted_urn: string; address: string; la_name: string; responsible_name: string | null;
  responsible_user_id: string | null; children_placed: number; represented_since: string | null; visited: string[]; open_recommendations: number; draft_visit_id: string | null;
  draft_author_user_id: string | null;
}

const HOME_SELECT = `SELECT h.id, h.name, h.provider_name, h.ofsted_urn, h.address, la.name AS la_name, u.display_name AS responsible_name, u.id AS responsible_user_id,
    (SELECT count(*) FROM placements p WHERE p.home_id = h.id AND p.end_date IS NULL)::int AS children_placed,
    (SELECT to_char(min(p.start_date), 'YYYY-MM-DD') FROM placements p JOIN assignments s ON s.child_id = p.child_id AND s.ended_on IS NULL
      WHERE p.home_id = h.id AND p.end_date IS NULL) AS represented_since,
    COALESCE((SELECT array_agg(to_char(v.visit_on, 'YYYY-MM-DD') ORDER BY v.visit_on DESC) FROM home_visits v WHERE v.home_id = h.id AND v.status = 'SUBMITTED'), '{}') AS visited,
    (SELECT count(*) FROM home_recommendations r WHERE r.home_id = h.id AND r.status = 'OPEN')::int AS open_recommendations,
    (SELECT v.id FROM home_visits v WHERE v.home_id = h.id AND v.status = 'DRAFT') AS draft_visit_id,
    (SELECT v.advocate_user_id FROM home_visits v WHERE v.home_id = h.id AND v.status = 'DRAFT') AS draft_author_user_id
  FROM children_homes h JOIN local_authorities la ON la.id = h.local_authority_id
  LEFT JOIN advocates a ON a.id = h.responsible_advocate_id LEFT JOIN users u ON u.id = a.user_id`;

/** Homes, their visit schedule, reports and recommendations, as each role may see them. */
@Injectable()
export class HomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly children: ChildAccessService,
    private readonly clock: Clock,
  ) {}

  async list(caller: Caller): Promise<HomeSummaryType[]> {
    const scope = homeScope(caller);
    const rows: HomeRow[] = await this.dataSource.query(`${HOME_SELECT} WHERE ${scope.where} ORDER BY h.name, h.id`, [scope.param]);
    return rows.map((r) => this.summary(r, caller));
  }

  async home(caller: Caller, homeId: string, meta: RequestMeta): Promise<HomeType> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visibleHome(manager, caller, homeId);
      const summary = this.summary(row, caller);
      // One after another: they share the transaction's connection, which runs one query at a time.
      const visits: VisitRow[] = await manager.query(
        `${VISIT_SELECT} WHERE v.home_id = $1 AND (v.status = 'SUBMITTED' OR v.advocate_user_id = $2) ORDER BY v.visit_on DESC NULLS FIRST, v.created_at DESC`,
        [row.id, caller.userId],
      );
      const made = await this.recommendationRows(manager, 'r.visit_id = ANY($1::uuid[])', [visits.map((v) => v.id)]);
      const open = await this.recommendationRows(manager, `r.home_id = $1 AND r.status = 'OPEN'`, [row.id]);
      const mine: Array<{ id: string; name: string }> = caller.role !== 'ADVOCATE' ? [] : await manager.query(
        `SELECT c.id, c.given_name || ' ' || c.family_name AS name FROM placements p JOIN children c ON c.id = p.child_id
           JOIN assignments s ON s.child_id = c.id AND s.ended_on IS NULL JOIN advocates adv ON adv.id = s.advocate_id
          WHERE p.home_id = $1 AND p.end_date IS NULL AND adv.user_id = $2 ORDER BY c.given_name, c.id`,
        [row.id, caller.userId],
      );
      const visibility = await visitVisibility(manager, this.children, caller, row, visits, [...made, ...open]);
      const shown: HomeType = { ...summary, myChildrenHere: mine, visits: visits.map((v) => visibility.visit(v, made)), openRecommendationList: open.map((r) => visibility.recommendation(r)) };
      // One event: the home, and every child it showed (the caller's own children there and those named in its visits).
      await this.audit.record(manager, { actor: caller, action: 'home.read', entity: 'home', entityId: row.id, meta, childIds: [...mine.map((c) => c.id), ...visibility.shownChildIds] });
      return shown;
    });
  }

  async visit(caller: Caller, visitId: string, meta: RequestMeta): Promise<HomeVisitType> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(`${VISIT_SELECT} WHERE v.id = $1`, [uuidOrNull(visitId)])) as VisitRow[];
      if (row === undefined || (row.status === 'DRAFT' && row.advocate_user_id !== caller.userId)) throw notFound();
      const home = await this.visibleHome(manager, caller, row.home_id);
      const made = await this.recommendationRows(manager, 'r.visit_id = $1', [row.id]);
      const visibility = await visitVisibility(manager, this.children, caller, home, [row], made);
      const shown = visibility.visit(row, made);
      await this.audit.record(manager, { actor: caller, action: 'home_visit.read', entity: 'home', entityId: row.home_id, meta, childIds: visibility.shownChildIds, details: { visitId: row.id } });
      return shown;
    });
  }

  async visibleHome(manager: EntityManager, caller: Caller, homeId: string): Promise<HomeRow> {
    const scope = homeScope(caller);
    const [row] = (await manager.query(`${HOME_SELECT} WHERE h.id = $2 AND ${scope.where}`, [scope.param, uuidOrNull(homeId)])) as HomeRow[];
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No home with that id is yours to see.');
    return row;
  }

  private summary(r: HomeRow, caller: Caller): HomeSummaryType {
    const today = this.clock.today();
    return {
      id: r.id, name: r.name, providerName: r.provider_name, ofstedUrn: r.ofsted_urn, address: r.address, localAuthorityName: r.la_name,
      responsibleAdvocateName: r.responsible_name, childrenPlaced: r.children_placed,
      schedule: r.represented_since === null ? null : visitSchedule({ representedSince: r.represented_since, visitedOn: r.visited, today }),
      lastVisitOn: r.visited[0] ?? null, openRecommendations: r.open_recommendations,
      draftVisitId: r.responsible_user_id === caller.userId ? r.draft_visit_id : null, responsibleIsMe: r.responsible_user_id === caller.userId,
      allowedVisitCommands: allowedNextVisitCommands({ callerIsResponsible: r.responsible_user_id === caller.userId, draft: draftOf(r, caller) }, caller.role),
    };
  }

  private async recommendationRows(manager: EntityManager, where: string, params: unknown[]): Promise<RecommendationRow[]> {
    const rows: RecommendationRow[] = await manager.query(
      `SELECT r.id, r.what, r.owner, to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.themes, r.child_id, r.status, r.carry_overs, r.review_note, r.visit_id,
              v.advocate_user_id AS author_user_id
         FROM home_recommendations r JOIN home_visits v ON v.id = r.visit_id WHERE ${where} ORDER BY r.due_on, r.created_at`,
      params,
    );
    return rows;
  }
}

const VISIT_SELECT = `SELECT v.id, v.home_id, h.name AS home_name, v.status, u.display_name AS advocate_name, v.advocate_user_id, v.report
  FROM home_visits v JOIN children_homes h ON h.id = v.home_id JOIN users u ON u.id = v.advocate_user_id`;

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
