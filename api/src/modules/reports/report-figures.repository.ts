import { Injectable } from '@nestjs/common';
import { DRIFT_AFTER_CARRY_OVERS, type IsoDate } from '@heard/domain';
import { type Sql, sqlRows } from '../../database/sql';

/** Every row is one LA's (`la`) or, where `la` is null, England's. */
interface ScopedRow {
  la: string | null;
}

/** The reporting year's first and last day, `$1` and `$2` of every statement. */
export interface YearWindow {
  from: IsoDate;
  to: IsoDate;
}

export interface ThemeRow extends ScopedRow {
  theme: string;
  count: number;
}
export interface OffersRow extends ScopedRow {
  made: number;
  onTime: number;
}
export interface DecisionsRow extends ScopedRow {
  answered: number;
  optedOut: number;
  optedBackIn: number;
}
export interface FirstContactRow extends ScopedRow {
  measured: number;
  medianWorkingDays: number | null;
}
export interface StageRow extends ScopedRow {
  stage: string;
  count: number;
}
export interface OutcomeRow extends ScopedRow {
  outcome: string;
  count: number;
  medianWorkingDays: number | null;
}
export interface CourtRow extends ScopedRow {
  n: number;
}
/** Children's requests that their advocate attend court, by what the advocate recorded at a hearing after each. */
export interface CourtRequestsRow extends ScopedRow {
  attended: number;
  couldNotAttend: number;
  notRecorded: number;
}
/** Meetings held in the year with a participation code, by the child's age in whole years on the day. */
export interface AgeRow extends ScopedRow {
  age: number;
  count: number;
}
export interface CodeRow extends ScopedRow {
  code: string;
  count: number;
}
export interface ActionsRow extends ScopedRow {
  due: number;
  doneOnTime: number;
  drift: number;
}
/** Advocates by the number of children they represent at the end of the year. */
export interface CaseloadRow extends ScopedRow {
  children: number;
  advocates: number;
}
export interface JudgementsRow extends ScopedRow {
  standard: string;
  met: number;
  partlyMet: number;
  notMet: number;
  notSeen: number;
}
export interface MissingFromCareRow extends ScopedRow {
  children: number;
  missingChildren: number;
  missingEpisodes: number;
  awayChildren: number;
  awayEpisodes: number;
}
/** A period of care with a meeting held in the year: its start, placement and every meeting held in it up to the year's end, in order. */
export interface MeetingPeriodRow {
  la: string;
  start: IsoDate;
  placementType: string | null;
  heldOn: IsoDate[];
}

/** Working days after `a` up to and including `b` (England and Wales), from the working_days table (made from the domain calendar by a migration). */
const WD = (a: string, b: string) => `((SELECT n FROM working_days WHERE d = (${b})::date) - (SELECT n FROM working_days WHERE d = (${a})::date))`;
const IN_YEAR = (column: string) => `${column} BETWEEN $1::date AND $2::date`;
/** A row per LA and one for England (where `la` is null). */
const BY_SCOPE = (laColumn: string, ...keys: string[]) => `GROUP BY GROUPING SETS ((${[laColumn, ...keys].join(', ')}), (${keys.join(', ')}))`;

/**
 * The annual report's SQL: each measure one aggregate over the whole country, grouped by LA with England's
 * total (GROUPING SETS). Rules come from the domain: the drift threshold as a parameter, and the measures the
 * domain decides row by row (meeting timeliness, age and caseload bands) are returned at the grain the domain
 * needs (a period's meetings, an age in years, a caseload size) for the service to apply it.
 */
@Injectable()
export class ReportFiguresRepository {
  themes(sql: Sql, year: YearWindow): Promise<ThemeRow[]> {
    return rows(
      sql,
      year,
      `SELECT k.local_authority_id AS la, t AS theme, count(*)::int AS count FROM concerns k, unnest(k.themes) t WHERE ${IN_YEAR('k.raised_on')} ${BY_SCOPE('k.local_authority_id', 't')}`,
    );
  }

  offers(sql: Sql, year: YearWindow): Promise<OffersRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, count(*)::int AS made, count(*) FILTER (WHERE o.outcome_on IS NOT NULL AND o.outcome_on <= o.due_on)::int AS "onTime"
         FROM offers o JOIN children c ON c.id = o.child_id WHERE ${IN_YEAR('o.prompted_on')} ${BY_SCOPE('c.local_authority_id')}`,
    );
  }

  decisions(sql: Sql, year: YearWindow): Promise<DecisionsRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, count(DISTINCT d.child_id) FILTER (WHERE d.kind <> 'OPTED_BACK_IN')::int AS answered,
              count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_OUT')::int AS "optedOut",
              count(DISTINCT d.child_id) FILTER (WHERE d.kind = 'OPTED_BACK_IN')::int AS "optedBackIn"
         FROM child_decisions d JOIN children c ON c.id = d.child_id WHERE ${IN_YEAR('d.decided_on')} ${BY_SCOPE('c.local_authority_id')}`,
    );
  }

  firstContact(sql: Sql, year: YearWindow): Promise<FirstContactRow[]> {
    return rows(
      sql,
      year,
      `SELECT la, count(*)::int AS measured, percentile_disc(0.5) WITHIN GROUP (ORDER BY wd)::int AS "medianWorkingDays"
         FROM (SELECT c.local_authority_id AS la, ${WD('s.started_on', 'o.outcome_on')} AS wd
                 FROM offers o JOIN assignments s ON s.id = o.assignment_id JOIN children c ON c.id = o.child_id WHERE ${IN_YEAR('o.outcome_on')}) x
        ${BY_SCOPE('la')}`,
    );
  }

  concernsByStage(sql: Sql, year: YearWindow): Promise<StageRow[]> {
    return rows(
      sql,
      year,
      `SELECT k.local_authority_id AS la, k.stage, count(*)::int AS count FROM concerns k WHERE ${IN_YEAR('k.raised_on')} ${BY_SCOPE('k.local_authority_id', 'k.stage')}`,
    );
  }

  concernOutcomes(sql: Sql, year: YearWindow): Promise<OutcomeRow[]> {
    return rows(
      sql,
      year,
      `SELECT la, outcome, count(*)::int AS count, percentile_disc(0.5) WITHIN GROUP (ORDER BY wd)::int AS "medianWorkingDays"
         FROM (SELECT k.local_authority_id AS la,
                      CASE k.status WHEN 'RESOLVED' THEN 'Resolved' WHEN 'WITHDRAWN' THEN 'Withdrawn at the child''s wish' ELSE 'Still open' END AS outcome,
                      CASE WHEN k.status = 'OPEN' THEN NULL ELSE ${WD('k.raised_on', 'closed.closed_on')} END AS wd
                 FROM concerns k
                 LEFT JOIN LATERAL (SELECT (max(e.at) AT TIME ZONE 'Europe/London')::date AS closed_on FROM concern_events e WHERE e.concern_id = k.id AND e.kind IN ('RESOLVED', 'WITHDRAWN')) closed ON k.status <> 'OPEN'
                WHERE ${IN_YEAR('k.raised_on')}) x
        ${BY_SCOPE('la', 'outcome')}`,
    );
  }

  courtApplications(sql: Sql, year: YearWindow): Promise<CourtRow[]> {
    return rows(
      sql,
      year,
      `SELECT k.local_authority_id AS la, count(*)::int AS n FROM concern_events e JOIN concerns k ON k.id = e.concern_id
        WHERE e.kind = 'APPLIED_TO_COURT' AND e.at >= $1::date AND e.at < $2::date + 1 ${BY_SCOPE('k.local_authority_id')}`,
    );
  }

  /**
   * Children's requests (CHILD_COURT_REQUEST) made in the year (London dates), each with what the advocate recorded at a
   * hearing on the same concern since (ADVOCATE_AT_HEARING): attended if any such record says so, could not attend if
   * every one says not, not recorded if there is none.
   */
  courtRequests(sql: Sql, year: YearWindow): Promise<CourtRequestsRow[]> {
    return rows(
      sql,
      year,
      `SELECT k.local_authority_id AS la, count(*) FILTER (WHERE h.attended)::int AS attended,
              count(*) FILTER (WHERE NOT h.attended)::int AS "couldNotAttend", count(*) FILTER (WHERE h.attended IS NULL)::int AS "notRecorded"
         FROM concern_events r JOIN concerns k ON k.id = r.concern_id
         LEFT JOIN LATERAL (SELECT bool_or((e.details->>'attended')::boolean) AS attended FROM concern_events e
                             WHERE e.concern_id = r.concern_id AND e.kind = 'ADVOCATE_AT_HEARING' AND e.sequence > r.sequence) h ON true
        WHERE r.kind = 'CHILD_COURT_REQUEST' AND r.at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London'
          AND r.at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London' ${BY_SCOPE('k.local_authority_id')}`,
    );
  }

  /** Each period of care with a meeting held in the year, with all its meetings held up to the year's end (a meeting's due date depends on those before it). */
  meetingPeriods(sql: Sql, year: YearWindow): Promise<MeetingPeriodRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, to_char(e.start_date, 'YYYY-MM-DD') AS start, e.placement_type AS "placementType",
              array_agg(to_char(m.held_on, 'YYYY-MM-DD') ORDER BY m.held_on, m.id) AS "heldOn"
         FROM care_episodes e JOIN children c ON c.id = e.child_id
         JOIN meetings m ON m.child_id = e.child_id AND m.held_on >= e.start_date AND (e.end_date IS NULL OR m.held_on <= e.end_date)
        WHERE m.held_on IS NOT NULL AND m.held_on <= $2::date
        GROUP BY e.id, c.local_authority_id
       HAVING max(m.held_on) >= $1::date`,
    );
  }

  participationByAge(sql: Sql, year: YearWindow): Promise<AgeRow[]> {
    return rows(
      sql,
      year,
      `SELECT la, age, count(*)::int AS count
         FROM (SELECT c.local_authority_id AS la, date_part('year', age(m.held_on, c.date_of_birth))::int AS age FROM meetings m JOIN children c ON c.id = m.child_id
                WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')}) x ${BY_SCOPE('la', 'age')}`,
    );
  }

  participationByCode(sql: Sql, year: YearWindow): Promise<CodeRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, m.participation_code AS code, count(*)::int AS count FROM meetings m JOIN children c ON c.id = m.child_id
        WHERE m.participation_code IS NOT NULL AND ${IN_YEAR('m.held_on')} ${BY_SCOPE('c.local_authority_id', 'm.participation_code')}`,
    );
  }

  /** Actions due in the year; drift is counted from the domain's threshold (`$3`). */
  actions(sql: Sql, year: YearWindow): Promise<ActionsRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, count(*)::int AS due,
              count(*) FILTER (WHERE a.status = 'DONE' AND rm.held_on <= a.due_on)::int AS "doneOnTime",
              count(*) FILTER (WHERE a.carry_overs >= $3::int)::int AS drift
         FROM meeting_actions a JOIN children c ON c.id = a.child_id LEFT JOIN meetings rm ON rm.id = a.last_reviewed_meeting_id
        WHERE ${IN_YEAR('a.due_on')} ${BY_SCOPE('c.local_authority_id')}`,
      [DRIFT_AFTER_CARRY_OVERS],
    );
  }

  /** England counts every advocate; an LA counts the advocates representing one of its children at the year's end. */
  caseloads(sql: Sql, year: YearWindow): Promise<CaseloadRow[]> {
    return rows(
      sql,
      year,
      `WITH active AS (SELECT s.advocate_id, c.local_authority_id FROM assignments s JOIN children c ON c.id = s.child_id
                        WHERE s.started_on <= $2::date AND (s.ended_on IS NULL OR s.ended_on > $2::date)),
            caseload AS (SELECT adv.id, count(a.advocate_id) AS n FROM advocates adv LEFT JOIN active a ON a.advocate_id = adv.id GROUP BY adv.id),
            counted AS (SELECT NULL::uuid AS la, id, n FROM caseload
                        UNION ALL SELECT DISTINCT a.local_authority_id, k.id, k.n FROM active a JOIN caseload k ON k.id = a.advocate_id)
       SELECT la, n::int AS children, count(*)::int AS advocates
         FROM counted WHERE $1::date <= $2::date GROUP BY 1, 2`,
    );
  }

  homeVisits(sql: Sql, year: YearWindow): Promise<JudgementsRow[]> {
    return rows(
      sql,
      year,
      `SELECT h.local_authority_id AS la, j->>'standard' AS standard, count(*) FILTER (WHERE j->>'judgement' = 'MET')::int AS met,
              count(*) FILTER (WHERE j->>'judgement' = 'PARTLY_MET')::int AS "partlyMet",
              count(*) FILTER (WHERE j->>'judgement' = 'NOT_MET')::int AS "notMet", count(*) FILTER (WHERE j->>'judgement' = 'NOT_SEEN')::int AS "notSeen"
         FROM home_visits v JOIN children_homes h ON h.id = v.home_id, jsonb_array_elements(v.report->'judgements') j
        WHERE v.status = 'SUBMITTED' AND ${IN_YEAR('v.visit_on')} ${BY_SCOPE('h.local_authority_id', "j->>'standard'")}`,
    );
  }

  /** Missing-from-care episodes starting in the year, and the children they are of, per kind (MISSING, AWAY) and of either kind. */
  missingFromCare(sql: Sql, year: YearWindow): Promise<MissingFromCareRow[]> {
    return rows(
      sql,
      year,
      `SELECT c.local_authority_id AS la, count(DISTINCT m.child_id)::int AS children,
              count(DISTINCT m.child_id) FILTER (WHERE m.kind = 'MISSING')::int AS "missingChildren",
              count(*) FILTER (WHERE m.kind = 'MISSING')::int AS "missingEpisodes",
              count(DISTINCT m.child_id) FILTER (WHERE m.kind = 'AWAY')::int AS "awayChildren",
              count(*) FILTER (WHERE m.kind = 'AWAY')::int AS "awayEpisodes"
         FROM missing_episodes m JOIN children c ON c.id = m.child_id WHERE ${IN_YEAR('m.started_on')} ${BY_SCOPE('c.local_authority_id')}`,
    );
  }
}

function rows<Row>(sql: Sql, year: YearWindow, text: string, more: readonly unknown[] = []): Promise<Row[]> {
  return sqlRows<Row>(sql, text, [year.from, year.to, ...more]);
}
