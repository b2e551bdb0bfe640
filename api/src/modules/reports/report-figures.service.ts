import { Injectable } from '@nestjs/common';
import type { ReportFigures } from '@heard/report';
import type { EntityManager } from 'typeorm';

/** England, or one LA by id. */
export type Scope = string | null;

/** Working days after `a` up to and including `b` (England and Wales), from the working_days table (1970 to 2200, made from the domain calendar by a migration). */
const WD = (a: string, b: string) => `((SELECT n FROM working_days WHERE d = (${b})::date) - (SELECT n FROM working_days WHERE d = (${a})::date))`;
const IN_YEAR = (column: string) => `${column} BETWEEN $1::date AND $2::date`;
/** A row per LA and one for England (where `la` is null). */
const BY_SCOPE = (laColumn: string, ...keys: string[]) =>
  `GROUP BY GROUPING SETS ((${[laColumn, ...keys].join(', ')}), (${keys.join(', ')}))`;

type Row<T> = T & { la: string | null };

/**
 * The report's figures for one reporting year, for England and every LA at once: each measure is one
 * SQL aggregate grouped by LA with a national total (GROUPING SETS), read in one snapshot. Nothing is
 * loaded row by row into Node; the national report costs the same handful of scans as one LA's.
 */
@Injectable()
export class ReportFiguresService {
  /** The figures of one scope (England when `localAuthorityId` is null). */
  async figures(manager: EntityManager, year: number, localAuthorityId: Scope): Promise<ReportFigures> {
    return (await this.figuresByScope(manager, year, localAuthorityId === null ? [] : [localAuthorityId])).get(localAuthorityId) ?? emptyFigures();
  }

  /** England's figures (key null) and each listed LA's, for the reporting year starting 1 April `year`. */
  async figuresByScope(manager: EntityManager, year: number, localAuthorityIds: readonly string[]): Promise<Map<Scope, ReportFigures>> {
    return manager.connection.transaction('REPEATABLE READ', async (tx) => {
      const params = [`${year}-04-01`, `${year + 1}-03-31`];
      const q = async <T>(sql: string): Promise<Array<Row<T>>> => (await tx.query(sql.replace(/\$1/g, '$1::date').replace(/\$2/g, '$2::date'), params)) as Array<Row<T>>;
      const scopes = new Map<Scope, ReportFigures>([[null, emptyFigures()], ...localAuthorityIds.map((id): [Scope, ReportFigures] => [id, emptyFigures()])]);
      const each = <T>(rows: Array<Row<T>>, apply: (figures: ReportFigures, row: T) => void): void => {
        for (const row of rows) {
          const figures = scopes.get(row.la);
          if (figures !== undefined) apply(figures, row);
        }
      };

      each(await q<{ theme: string; count: number }>(
        `SELECT k.local_authority_id AS la, t AS theme, count(*)::int AS count FROM concerns k, unnest(k.themes) t WHERE ${IN_YEAR('k.raised_on')} ${BY_SCOPE('k.local_authority_id', 't')}`),
        (f, r) => f.themes.push({ theme: r.theme, count: r.count }));
      each(await q<{ made: number; onTime: number }>(
        `SELECT c.local_authority_id AS la, count(*)::int AS made, count(*) FILTER (WHERE o.outcome_on IS NOT NULL AND o.outcome_on <= o.due_on)::int AS "onTime"
           FROM offers o JOIN children c ON c.id = o.child_id WHERE ${IN_YEAR('o.prompted_on')} ${BY_SCOPE('c.local_authority_id')}`),
        (f, r) => (f.offers = { made: r.made, onTime: r.onTime }));
      each(await q<{ answered: number; optedOut: number; optedBackIn: number }>(
        `SELECT c.local_authority_id AS la, count(DISTINCT d.child_id) FILTER (WHERE d.kind <> 'OPTED_BACK_IN')::int AS answered,
                count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_OUT')::int AS "optedOut",
                count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_BACK_IN')::int AS "optedBackIn"
           FROM child_decisions d JOIN children c ON c.id = d.child_id WHERE ${IN_YEAR('d.decided_on')} ${BY_SCOPE('c.local_authority_id')}`),
        (f, r) => (f.decisions = { answered: r.answered, optedOut: r.optedOut, optedBackIn: r.optedBackIn }));
      each(await q<{ measured: number; medianWorkingDays: number | null }>(
        `SELECT la, count(*)::int AS measured, percentile_disc(0.5) WITHIN GROUP (ORDER BY wd)::int AS "medianWorkingDays"
           FROM (SELECT c.local_authority_id AS la, ${WD('s.started_on', 'o.outcome_on')} AS wd
                   FROM offers o JOIN assignments s ON s.id = o.assignment_id JOIN children c ON c.id = o.child_id WHERE ${IN_YEAR('o.outcome_on')}) x
          ${BY_SCOPE('la')}`),
        (f, r) => (f.firstContact = { measured: r.measured, medianWorkingDays: r.medianWorkingDays }));
      each(await q<{ stage: string; count: number }>(
        `SELECT k.local_authority_id AS la, k.stage, count(*)::int AS count FROM concerns k WHERE ${IN_YEAR('k.raised_on')} ${BY_SCOPE('k.local_authority_id', 'k.stage')}`),
        (f, r) => f.concernsByStage.push({ stage: r.stage, count: r.count }));
      each(await q<{ outcome: string; count: number; medianWorkingDays: number | null }>(
        `SELECT la, outcome, count(*)::int AS count, percentile_disc(0.5) WITHIN GROUP (ORDER BY wd)::int AS "medianWorkingDays"
           FROM (SELECT k.local_authority_id AS la,
                        CASE k.status WHEN 'RESOLVED' THEN 'Resolved' WHEN 'WITHDRAWN' THEN 'Withdrawn at the child''s wish' ELSE 'Still open' END AS outcome,
                        CASE WHEN k.status = 'OPEN' THEN NULL ELSE ${WD('k.raised_on', 'closed.closed_on')} END AS wd
                   FROM concerns k
                   LEFT JOIN LATERAL (SELECT (max(e.at) AT TIME ZONE 'Europe/London')::date AS closed_on FROM concern_events e WHERE e.concern_id = k.id AND e.kind IN ('RESOLVED', 'WITHDRAWN')) closed ON k.status <> 'OPEN'
                  WHERE ${IN_YEAR('k.raised_on')}) x
          ${BY_SCOPE('la', 'outcome')}`),
        (f, r) => f.concernOutcomes.push({ outcome: r.outcome, count: r.count, medianWorkingDays: r.medianWorkingDays }));
      each(await q<{ n: number }>(
        `SELECT k.local_authority_id AS la, count(*)::int AS n FROM concern_events e JOIN concerns k ON k.id = e.concern_id
          WHERE e.kind = 'APPLIED_TO_COURT' AND e.at >= $1 AND e.at < $2 + 1 ${BY_SCOPE('k.local_authority_id')}`),
        (f, r) => (f.courtApplications = r.n));
      each(await q<{ held: number; onTime: number }>(
        `WITH held AS (
           SELECT c.local_authority_id AS la, m.held_on, e.start_date, lag(m.held_on) OVER w AS previous, row_number() OVER w AS n
             FROM meetings m JOIN children c ON c.id = m.child_id
             JOIN care_episodes e ON e.child_id = m.child_id AND m.held_on >= e.start_date AND (e.end_date IS NULL OR m.held_on <= e.end_date)
            WHERE m.held_on IS NOT NULL AND m.held_on <= $2
            WINDOW w AS (PARTITION BY e.id ORDER BY m.held_on, m.id))
         SELECT la, count(*)::int AS held, count(*) FILTER (WHERE CASE WHEN n = 1 THEN ${WD('start_date', 'held_on')} <= 20
                                                                  WHEN n = 2 THEN held_on <= (previous + interval '3 months')::date
                                                                  ELSE held_on <= (previous + interval '6 months')::date END)::int AS "onTime"
           FROM held WHERE ${IN_YEAR('held_on')} ${BY_SCOPE('la')}`),
        (f, r) => (f.meetings = { held: r.held, onTime: r.onTime }));
      each(await q<{ band: string; count: number }>(
        `SELECT la, CASE WHEN a < 5 THEN 'Under 5' WHEN a < 10 THEN '5 to 9' WHEN a < 13 THEN '10 to 12' WHEN a < 16 THEN '13 to 15' ELSE '16 and over' END AS band, count(*)::int AS count
           FROM (SELECT c.local_authority_id AS la, date_part('year', age(m.held_on, c.date_of_birth)) AS a FROM meetings m JOIN children c ON c.id = m.child_id
                  WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')}) x ${BY_SCOPE('la', 'band')}`),
        (f, r) => f.participationByAge.push({ band: r.band, count: r.count }));
      each(await q<{ code: string; count: number }>(
        `SELECT c.local_authority_id AS la, m.participation_code AS code, count(*)::int AS count FROM meetings m JOIN children c ON c.id = m.child_id
          WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')} ${BY_SCOPE('c.local_authority_id', 'm.participation_code')}`),
        (f, r) => f.participationByCode.push({ code: r.code, count: r.count }));
      each(await q<{ due: number; doneOnTime: number; drift: number }>(
        `SELECT c.local_authority_id AS la, count(*)::int AS due,
                count(*) FILTER (WHERE a.status = 'DONE' AND rm.held_on <= a.due_on)::int AS "doneOnTime",
                count(*) FILTER (WHERE a.carry_overs >= 2)::int AS drift
           FROM meeting_actions a JOIN children c ON c.id = a.child_id LEFT JOIN meetings rm ON rm.id = a.last_reviewed_meeting_id
          WHERE ${IN_YEAR('a.due_on')} ${BY_SCOPE('c.local_authority_id')}`),
        (f, r) => (f.actions = { due: r.due, doneOnTime: r.doneOnTime, drift: r.drift }));
      // England counts every advocate; an LA counts the advocates representing one of its children at the year's end.
      each(await q<{ band: string; advocates: number }>(
        `WITH active AS (SELECT s.advocate_id, c.local_authority_id FROM assignments s JOIN children c ON c.id = s.child_id
                          WHERE s.started_on <= $2 AND (s.ended_on IS NULL OR s.ended_on > $2)),
              caseload AS (SELECT adv.id, count(a.advocate_id) AS n FROM advocates adv LEFT JOIN active a ON a.advocate_id = adv.id GROUP BY adv.id),
              counted AS (SELECT NULL::uuid AS la, id, n FROM caseload
                          UNION ALL SELECT DISTINCT a.local_authority_id, k.id, k.n FROM active a JOIN caseload k ON k.id = a.advocate_id)
         SELECT la, CASE WHEN n < 10 THEN '0 to 9' WHEN n < 20 THEN '10 to 19' WHEN n < 30 THEN '20 to 29' WHEN n < 40 THEN '30 to 39' ELSE '40 or more' END AS band,
                count(*)::int AS advocates
           FROM counted WHERE $1 <= $2 GROUP BY 1, 2`),
        (f, r) => f.caseloads.push({ band: r.band, advocates: r.advocates }));
      each(await q<{ standard: string; met: number; partlyMet: number; notMet: number; notSeen: number }>(
        `SELECT h.local_authority_id AS la, j->>'standard' AS standard, count(*) FILTER (WHERE j->>'judgement' = 'MET')::int AS met,
                count(*) FILTER (WHERE j->>'judgement' = 'PARTLY_MET')::int AS "partlyMet",
                count(*) FILTER (WHERE j->>'judgement' = 'NOT_MET')::int AS "notMet", count(*) FILTER (WHERE j->>'judgement' = 'NOT_SEEN')::int AS "notSeen"
           FROM home_visits v JOIN children_homes h ON h.id = v.home_id, jsonb_array_elements(v.report->'judgements') j
          WHERE v.status = 'SUBMITTED' AND ${IN_YEAR('v.visit_on')} ${BY_SCOPE('h.local_authority_id', "j->>'standard'")}`),
        (f, r) => f.homeVisits.push({ standard: r.standard, met: r.met, partlyMet: r.partlyMet, notMet: r.notMet, notSeen: r.notSeen }));

      for (const figures of scopes.values()) sortFigures(figures);
      return scopes;
    });
  }
}

function emptyFigures(): ReportFigures {
  return {
    themes: [], offers: { made: 0, onTime: 0 }, decisions: { answered: 0, optedOut: 0, optedBackIn: 0 }, firstContact: { measured: 0, medianWorkingDays: null },
    concernsByStage: [], concernOutcomes: [], courtApplications: 0, meetings: { held: 0, onTime: 0 }, participationByAge: [], participationByCode: [],
    actions: { due: 0, doneOnTime: 0, drift: 0 }, caseloads: [], homeVisits: [],
  };
}

const STAGE_ORDER = ['INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CHILDRENS_COMMISSIONER', 'COURT'];

/** A deterministic order, so the same data always gives the same report. */
function sortFigures(f: ReportFigures): void {
  f.concernsByStage.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
  f.concernOutcomes.sort((a, b) => a.outcome.localeCompare(b.outcome));
  f.themes.sort((a, b) => a.theme.localeCompare(b.theme));
  f.participationByAge.sort((a, b) => a.band.localeCompare(b.band));
  f.participationByCode.sort((a, b) => a.code.localeCompare(b.code));
  f.caseloads.sort((a, b) => a.band.localeCompare(b.band));
  f.homeVisits.sort((a, b) => a.standard.localeCompare(b.standard));
}
