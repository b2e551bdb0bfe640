import { Injectable } from '@nestjs/common';
import type { VisitReport } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import { HomeVisitEntity } from './home-visit.entity';
import type { RecommendationRow, VisitRow } from './visit-visibility';

/** A home as its lists and pages show it: who is responsible, who lives there, when it was visited. */
export interface HomeRow {
  id: string;
  name: string;
  provider_name: string;
  ofsted_urn: string;
  address: string;
  la_name: string;
  responsible_name: string | null;
  responsible_user_id: string | null;
  children_placed: number;
  represented_since: string | null;
  visited: string[];
  open_recommendations: number;
  draft_visit_id: string | null;
  draft_author_user_id: string | null;
}

/** A home's visit schedule, for the missed-visits check: since when it has represented children, and its visits. */
export interface HomeScheduleRow {
  id: string;
  name: string;
  represented_since: string | null;
  visited: string[];
  advocate: UserToTellRow | null;
}

/** A user to tell, with the address their email goes to. */
export interface UserToTellRow {
  userId: string;
  role: string;
  email: string;
}

/** A recommendation a submitted report makes. */
export interface RecommendationDraft {
  homeId: string;
  visitId: string;
  what: string;
  owner: string;
  dueOn: string;
  themes: string[];
  childId: string | null;
}

/** How a submitted report followed up an earlier open recommendation. */
export interface FollowUpDraft {
  recommendationId: string;
  status: string;
  carriedOver: number;
  visitId: string;
  note: string;
}

/** A home as the scope a caller may see it in: a condition on `children_homes h` with one parameter. */
export interface HomeScope {
  where: string;
  param: string;
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

const VISIT_SELECT = `SELECT v.id, v.home_id, h.name AS home_name, v.status, u.display_name AS advocate_name, v.advocate_user_id, v.report
  FROM home_visits v JOIN children_homes h ON h.id = v.home_id JOIN users u ON u.id = v.advocate_user_id`;

/**
 * Owns: children_homes, placements, home_visits, home_recommendations (the demo seed also writes homes and
 * placements). Escalations lock a recommendation (to raise a concern from it) through here. Reads the current
 * assignments (who is represented in a home) and users (whom a visit report is shared with).
 */
@Injectable()
export class HomeVisitsRepository {
  async homes(sql: Sql, scope: HomeScope): Promise<HomeRow[]> {
    return sqlRows<HomeRow>(sql, `${HOME_SELECT} WHERE ${scope.where} ORDER BY h.name, h.id`, [scope.param]);
  }

  /** The home, if it is in the scope; `homeId` is null for an id that is not a uuid. */
  async home(manager: EntityManager, scope: HomeScope, homeId: string | null): Promise<HomeRow | undefined> {
    return sqlRow<HomeRow>(manager, `${HOME_SELECT} WHERE h.id = $2 AND ${scope.where}`, [scope.param, homeId]);
  }

  /** The home's name and provider's email; with `lock`, its row is locked for the rest of the transaction. */
  async contact(manager: EntityManager, homeId: string, lock: boolean): Promise<{ name: string; provider_contact_email: string } | undefined> {
    return sqlRow<{ name: string; provider_contact_email: string }>(
      manager,
      `SELECT name, provider_contact_email FROM children_homes WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [homeId],
    );
  }

  /** The children this advocate represents who live in the home now. */
  async myChildrenHere(manager: EntityManager, homeId: string, advocateUserId: string): Promise<Array<{ id: string; name: string }>> {
    return sqlRows<{ id: string; name: string }>(
      manager,
      `SELECT c.id, c.given_name || ' ' || c.family_name AS name FROM placements p JOIN children c ON c.id = p.child_id
           JOIN assignments s ON s.child_id = c.id AND s.ended_on IS NULL JOIN advocates adv ON adv.id = s.advocate_id
          WHERE p.home_id = $1 AND p.end_date IS NULL AND adv.user_id = $2 ORDER BY c.given_name, c.id`,
      [homeId, advocateUserId],
    );
  }

  /** Which of these children have ever lived in the home. */
  async everPlaced(manager: EntityManager, homeId: string, childIds: readonly string[]): Promise<string[]> {
    const rows = await sqlRows<{ child_id: string }>(manager, `SELECT DISTINCT child_id FROM placements WHERE home_id = $1 AND child_id = ANY($2::uuid[])`, [
      homeId,
      childIds,
    ]);
    return rows.map((r) => r.child_id);
  }

  /** The home's submitted visits, and this user's draft, newest first (a draft, with no visit date, first). */
  async visitsOf(manager: EntityManager, homeId: string, userId: string): Promise<VisitRow[]> {
    return sqlRows<VisitRow>(
      manager,
      `${VISIT_SELECT} WHERE v.home_id = $1 AND (v.status = 'SUBMITTED' OR v.advocate_user_id = $2) ORDER BY v.visit_on DESC NULLS FIRST, v.created_at DESC`,
      [homeId, userId],
    );
  }

  /** The visit; `visitId` is null for an id that is not a uuid. */
  async visit(manager: EntityManager, visitId: string | null): Promise<VisitRow | undefined> {
    return sqlRow<VisitRow>(manager, `${VISIT_SELECT} WHERE v.id = $1`, [visitId]);
  }

  /** The home's one draft report, if any. */
  async draftOf(manager: EntityManager, homeId: string): Promise<HomeVisitEntity | null> {
    return manager.findOneBy(HomeVisitEntity, { homeId, status: 'DRAFT' });
  }

  /** Starts the home's draft report; returns its id. */
  async insertDraft(manager: EntityManager, homeId: string, advocateUserId: string, report: VisitReport): Promise<string> {
    const inserted = await manager.insert(HomeVisitEntity, { homeId, advocateUserId, status: 'DRAFT', visitOn: null, report, submittedAt: null });
    return (inserted.identifiers[0] as { id: string }).id;
  }

  async updateDraft(manager: EntityManager, visitId: string, report: VisitReport): Promise<void> {
    await manager.update(HomeVisitEntity, { id: visitId }, { report });
  }

  /** The visit, its row locked for the rest of the transaction; null when there is none. */
  async lockVisit(manager: EntityManager, visitId: string): Promise<HomeVisitEntity | null> {
    return manager.findOne(HomeVisitEntity, { where: { id: visitId }, lock: { mode: 'pessimistic_write' } });
  }

  async markSubmitted(manager: EntityManager, visitId: string, visitOn: string | null): Promise<void> {
    await manager.update(HomeVisitEntity, { id: visitId }, { status: 'SUBMITTED', visitOn, submittedAt: new Date() });
  }

  /** The recommendations made by these visits. */
  recommendationsOfVisits(manager: EntityManager, visitIds: readonly string[]): Promise<RecommendationRow[]> {
    return this.recommendations(manager, 'r.visit_id = ANY($1::uuid[])', [visitIds]);
  }

  /** The recommendations made by this visit. */
  recommendationsOfVisit(manager: EntityManager, visitId: string): Promise<RecommendationRow[]> {
    return this.recommendations(manager, 'r.visit_id = $1', [visitId]);
  }

  /** The home's open recommendations. */
  openRecommendations(manager: EntityManager, homeId: string): Promise<RecommendationRow[]> {
    return this.recommendations(manager, `r.home_id = $1 AND r.status = 'OPEN'`, [homeId]);
  }

  async openRecommendationIds(manager: EntityManager, homeId: string): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(manager, `SELECT id FROM home_recommendations WHERE home_id = $1 AND status = 'OPEN'`, [homeId]);
    return rows.map((r) => r.id);
  }

  async followUp(manager: EntityManager, f: FollowUpDraft): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE home_recommendations SET status = $2, carry_overs = carry_overs + $3, last_reviewed_visit_id = $4, review_note = NULLIF($5, '') WHERE id = $1`,
      [f.recommendationId, f.status, f.carriedOver, f.visitId, f.note],
    );
  }

  /** Inserts a recommendation a submitted report makes; returns its id. */
  async insertRecommendation(manager: EntityManager, r: RecommendationDraft): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO home_recommendations (home_id, visit_id, what, owner, due_on, themes, child_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [r.homeId, r.visitId, r.what, r.owner, r.dueOn, r.themes, r.childId],
    );
    if (row === undefined) throw new Error('home_recommendations insert returned no row');
    return row.id;
  }

  /** Locks the recommendation's row for the rest of the transaction (a concern raised from it takes turns). */
  async lockRecommendation(manager: EntityManager, recommendationId: string): Promise<void> {
    await sqlRun(manager, `SELECT 1 FROM home_recommendations WHERE id = $1 FOR UPDATE`, [recommendationId]);
  }

  /** Who a submitted report is shared with: Commissioner staff, and the managers of the LAs with a child placed in the home. */
  async reportAudience(manager: EntityManager, homeId: string): Promise<UserToTellRow[]> {
    return sqlRows<UserToTellRow>(
      manager,
      `SELECT u.id AS "userId", u.role, u.email FROM users u WHERE u.active AND (u.role = 'COMMISSIONER_STAFF' OR (u.role = 'LA_MANAGER' AND u.local_authority_id IN (
         SELECT c.local_authority_id FROM placements p JOIN children c ON c.id = p.child_id WHERE p.home_id = $1 AND p.end_date IS NULL)))`,
      [homeId],
    );
  }

  /** Every home's visit schedule, with its responsible advocate to tell. */
  async schedules(manager: EntityManager): Promise<HomeScheduleRow[]> {
    return sqlRows<HomeScheduleRow>(
      manager,
      `SELECT h.id, h.name,
            (SELECT to_char(min(p.start_date), 'YYYY-MM-DD') FROM placements p JOIN assignments s ON s.child_id = p.child_id AND s.ended_on IS NULL
              WHERE p.home_id = h.id AND p.end_date IS NULL) AS represented_since,
            COALESCE((SELECT array_agg(to_char(v.visit_on, 'YYYY-MM-DD')) FROM home_visits v WHERE v.home_id = h.id AND v.status = 'SUBMITTED'), '{}') AS visited,
            (SELECT json_build_object('userId', u.id, 'role', u.role, 'email', u.email) FROM advocates a JOIN users u ON u.id = a.user_id WHERE a.id = h.responsible_advocate_id) AS advocate
           FROM children_homes h`,
    );
  }

  /** Active Commissioner staff, told of every missed visit. */
  async commissionerStaff(manager: EntityManager): Promise<UserToTellRow[]> {
    return sqlRows<UserToTellRow>(manager, `SELECT id AS "userId", role, email FROM users WHERE active AND role = 'COMMISSIONER_STAFF'`);
  }

  private recommendations(manager: EntityManager, where: string, params: unknown[]): Promise<RecommendationRow[]> {
    return sqlRows<RecommendationRow>(
      manager,
      `SELECT r.id, r.what, r.owner, to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.themes, r.child_id, r.status, r.carry_overs, r.review_note, r.visit_id,
              v.advocate_user_id AS author_user_id
         FROM home_recommendations r JOIN home_visits v ON v.id = r.visit_id WHERE ${where} ORDER BY r.due_on, r.created_at`,
      params,
    );
  }
}
