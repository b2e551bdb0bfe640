import { Injectable } from '@nestjs/common';
import type { IsoDate, RecommendationAnswerer } from '@heard/domain';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';

/** An answer a recommendation is owed, with what it answers and where. Dates come back as `YYYY-MM-DD` text. */
export interface AnswerRow {
  id: string;
  recommendation_id: string;
  answerer: RecommendationAnswerer;
  local_authority_id: string | null;
  local_authority_name: string | null;
  home_id: string;
  home_name: string;
  responsible_user_id: string | null;
  opened_on: IsoDate;
  due_on: IsoDate;
  response: string | null;
  answered_on: IsoDate | null;
  what: string;
  owner: string;
  recommendation_due_on: IsoDate;
  themes: string[];
  child_id: string | null;
  visit_id: string;
  visit_on: IsoDate;
}

/** One answer to open when a report is submitted. */
export interface NewAnswer {
  recommendationId: string;
  answerer: RecommendationAnswerer;
  localAuthorityId: string | null;
  openedOn: IsoDate;
  dueOn: IsoDate;
}

const ANSWER_SELECT = `SELECT x.id, x.recommendation_id, x.answerer, x.local_authority_id, la.name AS local_authority_name, h.id AS home_id, h.name AS home_name,
    u.id AS responsible_user_id, x.opened_on::text AS opened_on, x.due_on::text AS due_on, x.response, x.answered_on::text AS answered_on,
    r.what, r.owner, r.due_on::text AS recommendation_due_on, r.themes, r.child_id, r.visit_id, v.visit_on::text AS visit_on
  FROM home_recommendation_answers x JOIN home_recommendations r ON r.id = x.recommendation_id JOIN home_visits v ON v.id = r.visit_id
  JOIN children_homes h ON h.id = r.home_id LEFT JOIN local_authorities la ON la.id = x.local_authority_id
  LEFT JOIN advocates a ON a.id = h.responsible_advocate_id LEFT JOIN users u ON u.id = a.user_id`;

/**
 * The one writer of `home_recommendation_answers`. Reads the recommendations, visits and homes (home-visits owns
 * them) and the placements and children that say which LAs placed children in a home.
 */
@Injectable()
export class RecommendationAnswersRepository {
  /** The LAs of the children living in the home on `on` (a London date). */
  async placingLocalAuthorities(sql: Sql, homeId: string, on: IsoDate): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(
      sql,
      `SELECT DISTINCT c.local_authority_id AS id FROM placements p JOIN children c ON c.id = p.child_id
        WHERE p.home_id = $1 AND p.start_date <= $2::date AND (p.end_date IS NULL OR p.end_date >= $2::date)`,
      [homeId, on],
    );
    return rows.map((r) => r.id);
  }

  /** Each child's LA. */
  async localAuthoritiesOf(sql: Sql, childIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await sqlRows<{ id: string; la: string }>(sql, `SELECT id, local_authority_id AS la FROM children WHERE id = ANY($1::uuid[])`, [childIds]);
    return new Map(rows.map((r) => [r.id, r.la]));
  }

  /** Opens every answer in one statement. */
  async open(sql: Sql, answers: readonly NewAnswer[]): Promise<void> {
    if (answers.length === 0) return;
    await sqlRun(
      sql,
      `INSERT INTO home_recommendation_answers (recommendation_id, answerer, local_authority_id, opened_on, due_on)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[], $5::date[])`,
      [
        answers.map((a) => a.recommendationId),
        answers.map((a) => a.answerer),
        answers.map((a) => a.localAuthorityId),
        answers.map((a) => a.openedOn),
        answers.map((a) => a.dueOn),
      ],
    );
  }

  /** The answers owed to these recommendations, the home's first, then the LAs' by name. */
  forRecommendations(sql: Sql, recommendationIds: readonly string[]): Promise<AnswerRow[]> {
    return sqlRows<AnswerRow>(sql, `${ANSWER_SELECT} WHERE x.recommendation_id = ANY($1::uuid[]) ORDER BY x.answerer, la.name, x.id`, [recommendationIds]);
  }

  find(sql: Sql, id: string): Promise<AnswerRow | undefined> {
    return sqlRow<AnswerRow>(sql, `${ANSWER_SELECT} WHERE x.id = $1`, [id]);
  }

  /** The LA's answers, the ones still to give first (soonest due), then the answered ones, newest first. */
  ofLocalAuthority(sql: Sql, localAuthorityId: string): Promise<AnswerRow[]> {
    return sqlRows<AnswerRow>(
      sql,
      `${ANSWER_SELECT} WHERE x.local_authority_id = $1
        ORDER BY (x.answered_at IS NOT NULL), CASE WHEN x.answered_at IS NULL THEN x.due_on END, x.answered_at DESC, h.name, r.due_on, r.created_at, x.id`,
      [localAuthorityId],
    );
  }

  /** Records the answer only when none is yet: of two parallel answers one updates the row, the other none. */
  async answer(sql: Sql, id: string, answer: { response: string; answeredOn: IsoDate; at: Date; userId: string }): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(
      sql,
      `UPDATE home_recommendation_answers SET response = $2, answered_on = $3, answered_at = $4, answered_by_user_id = $5
        WHERE id = $1 AND answered_at IS NULL RETURNING id`,
      [id, answer.response, answer.answeredOn, answer.at, answer.userId],
    );
    return rows.length === 1;
  }
}
