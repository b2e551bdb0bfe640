import { Injectable } from '@nestjs/common';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '@heard/domain';
import type { ReportFigures } from '@heard/report';
import type { EntityManager } from 'typeorm';

/** Working days after `a` up to and including `b` (England and Wales), as SQL over $4 (the bank holidays). */
const WD = (a: string, b: string) => `(SELECT count(*) FROM generate_series(${a} + 1, ${b}, interval '1 day') g WHERE extract(isodow FROM g) < 6 AND g::date <> ALL($4::date[]))`;
const IN_YEAR = (column: string) => `${column} BETWEEN $1::date AND $2::date`;
const SCOPE = (laColumn: string) => `($3::uuid IS NULL OR ${laColumn} = $3::uuid)`;

/**
 * The report's figures for one reporting year and one scope (England when `localAuthorityId` is
 * null), each a SQL aggregate: no table is loaded row by row into Node.
 */
@Injectable()
export class ReportFiguresService {
  async figures(manager: EntityManager, year: number, localAuthorityId: string | null): Promise<ReportFigures> {
    const params = [`${year}-04-01`, `${year + 1}-03-31`, localAuthorityId, ENGLAND_AND_WALES_BANK_HOLIDAYS.map((h) => h.date)];
    // Every query is given all four parameters; the wrapper references each so PostgreSQL accepts them all.
    const q = async <T>(sql: string): Promise<T[]> =>
      (await manager.query(`SELECT * FROM (${sql}) figures WHERE $1::date <= $2::date AND ($3::uuid IS NULL OR $3::uuid IS NOT NULL) AND cardinality($4::date[]) >= 0`, params)) as T[];
    const one = async <T>(sql: string): Promise<T> => (await q<T>(sql))[0] as T;

    const themes = await q<{ theme: string; count: number }>(
      `SELECT t AS theme, count(*)::int AS count FROM concerns k, unnest(k.themes) t WHERE ${IN_YEAR('k.raised_on')} AND ${SCOPE('k.local_authority_id')} GROUP BY t`);
    const offers = await one<{ made: number; onTime: number }>(
      `SELECT count(*)::int AS made, count(*) FILTER (WHERE o.outcome_on IS NOT NULL AND o.outcome_on <= o.due_on)::int AS "onTime"
         FROM offers o JOIN children c ON c.id = o.child_id WHERE ${IN_YEAR('o.prompted_on')} AND ${SCOPE('c.local_authority_id')}`);
    const decisions = await one<{ answered: number; optedOut: number; optedBackIn: number }>(
      `SELECT count(DISTINCT d.child_id) FILTER (WHERE d.kind <> 'OPTED_BACK_IN')::int AS answered,
              count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_OUT')::int AS "optedOut",
              count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_BACK_IN')::int AS "optedBackIn"
         FROM child_decisions d JOIN children c ON c.id = d.child_id WHERE ${IN_YEAR('d.decided_on')} AND ${SCOPE('c.local_authority_id')}`);
    const firstContact = await one<{ measured: number; medianWorkingDays: number | null }>(
      `SELECT count(*)::int AS measured, percentile_disc(0.5) WITHIN GROUP (ORDER BY wd)::int AS "medianWorkingDays"
         FROM (SELECT ${WD('s.started_on', 'o.outcome_on')} AS wd FROM offers o JOIN assignments s ON s.id = o.assignment_id JOIN children c ON c.id = o.child_id
                WHERE ${IN_YEAR('o.outcome_on')} AND ${SCOPE('c.local_authority_id')}) x`);
    const concernsByStage = await q<{ stage: string; count: number }>(
      `SELECT k.stage, count(*)::int AS count FROM concerns k WHERE ${IN_YEAR('k.raised_on')} AND ${SCOPE('k.local_authority_id')}
        GROUP BY k.stage`);
    const concernOutcomes = await q<{ outcome: string; count: number; medianWorkingDays: number | null }>(
      `SELECT CASE k.status WHEN 'RESOLVED' THEN 'Resolved' WHEN 'WITHDRAWN' THEN 'Withdrawn at the child''s wish' ELSE 'Still open' END AS outcome, count(*)::int AS count,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY CASE WHEN k.status = 'OPEN' THEN NULL ELSE ${WD('k.raised_on', `(SELECT max(e.at)::date FROM concern_events e WHERE e.concern_id = k.id AND e.kind IN ('RESOLVED', 'WITHDRAWN'))`)} END)::int AS "medianWorkingDays"
         FROM concerns k WHERE ${IN_YEAR('k.raised_on')} AND ${SCOPE('k.local_authority_id')} GROUP BY k.status`);
    const court = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM concern_events e JOIN concerns k ON k.id = e.concern_id WHERE e.kind = 'APPLIED_TO_COURT' AND ${IN_YEAR('e.at::date')} AND ${SCOPE('k.local_authority_id')}`);
    const meetings = await one<{ held: number; onTime: number }>(
      `WITH held AS (
         SELECT m.held_on, e.start_date, lag(m.held_on) OVER w AS previous, row_number() OVER w AS n
           FROM meetings m JOIN children c ON c.id = m.child_id
           JOIN care_episodes e ON e.child_id = m.child_id AND m.held_on >= e.start_date AND (e.end_date IS NULL OR m.held_on <= e.end_date)
          WHERE m.held_on IS NOT NULL AND ${SCOPE('c.local_authority_id')}
          WINDOW w AS (PARTITION BY e.id ORDER BY m.held_on, m.id))
       SELECT count(*)::int AS held, count(*) FILTER (WHERE CASE WHEN n = 1 THEN ${WD('start_date', 'held_on')} <= 20
                                                              WHEN n = 2 THEN held_on <= (previous + interval '3 months')::date
                                                              ELSE held_on <= (previous + interval '6 months')::date END)::int AS "onTime"
         FROM held WHERE ${IN_YEAR('held_on')}`);
    const participationByAge = await q<{ band: string; count: number }>(
      `SELECT CASE WHEN a < 5 THEN 'Under 5' WHEN a < 10 THEN '5 to 9' WHEN a < 13 THEN '10 to 12' WHEN a < 16 THEN '13 to 15' ELSE '16 and over' END AS band, count(*)::int AS count
         FROM (SELECT date_part('year', age(m.held_on, c.date_of_birth)) AS a FROM meetings m JOIN children c ON c.id = m.child_id
                WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')} AND ${SCOPE('c.local_authority_id')}) x GROUP BY 1`);
    const participationByCode = await q<{ code: string; count: number }>(
      `SELECT m.participation_code AS code, count(*)::int AS count FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')} AND ${SCOPE('c.local_authority_id')} GROUP BY 1`);
    const actions = await one<{ due: number; doneOnTime: number; drift: number }>(
      `SELECT count(*)::int AS due,
              count(*) FILTER (WHERE a.status = 'DONE' AND rm.held_on <= a.due_on)::int AS "doneOnTime",
              count(*) FILTER (WHERE a.carry_overs >= 2)::int AS drift
         FROM meeting_actions a JOIN children c ON c.id = a.child_id LEFT JOIN meetings rm ON rm.id = a.last_reviewed_meeting_id
        WHERE ${IN_YEAR('a.due_on')} AND ${SCOPE('c.local_authority_id')}`);
    const caseloads = await q<{ band: string; advocates: number }>(
      `SELECT CASE WHEN n < 10 THEN '0 to 9' WHEN n < 20 THEN '10 to 19' WHEN n < 30 THEN '20 to 29' WHEN n < 40 THEN '30 to 39' ELSE '40 or more' END AS band, count(*)::int AS advocates
         FROM (SELECT adv.id, count(s.id) AS n FROM advocates adv
                 LEFT JOIN assignments s ON s.advocate_id = adv.id AND s.started_on <= $2::date AND (s.ended_on IS NULL OR s.ended_on > $2::date)
                WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM assignments s2 JOIN children c ON c.id = s2.child_id
                        WHERE s2.advocate_id = adv.id AND c.local_authority_id = $3::uuid AND s2.started_on <= $2::date AND (s2.ended_on IS NULL OR s2.ended_on > $2::date))
                GROUP BY adv.id) x GROUP BY 1`);
    const homeVisits = await q<{ standard: string; met: number; partlyMet: number; notMet: number; notSeen: number }>(
      `SELECT j->>'standard' AS standard, count(*) FILTER (WHERE j->>'judgement' = 'MET')::int AS met, count(*) FILTER (WHERE j->>'judgement' = 'PARTLY_MET')::int AS "partlyMet",
              count(*) FILTER (WHERE j->>'judgement' = 'NOT_MET')::int AS "notMet", count(*) FILTER (WHERE j->>'judgement' = 'NOT_SEEN')::int AS "notSeen"
         FROM home_visits v JOIN children_homes h ON h.id = v.home_id, jsonb_array_elements(v.report->'judgements') j
        WHERE v.status = 'SUBMITTED' AND ${IN_YEAR('v.visit_on')} AND ${SCOPE('h.local_authority_id')} GROUP BY 1`);
    const stageOrder = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CHILDRENS_COMMISSIONER', 'COURT'];
    concernsByStage.sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage));
    concernOutcomes.sort((a, b) => a.outcome.localeCompare(b.outcome));
    // Deterministic order, so the same data always gives the same report.
    themes.sort((a, b) => a.theme.localeCompare(b.theme));
    participationByAge.sort((a, b) => a.band.localeCompare(b.band));
    participationByCode.sort((a, b) => a.code.localeCompare(b.code));
    caseloads.sort((a, b) => a.band.localeCompare(b.band));
    homeVisits.sort((a, b) => a.standard.localeCompare(b.standard));
    return { themes, offers, decisions, firstContact, concernsByStage, concernOutcomes, courtApplications: court.n, meetings, participationByAge, participationByCode, actions, caseloads, homeVisits };
  }
}
