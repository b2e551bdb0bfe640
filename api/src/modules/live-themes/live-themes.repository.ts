import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@heard/domain';
import { type Sql, sqlRows } from '../../database/sql';
import { type ThemeSource } from './dto/live-themes.types';

/** Where a themed item sits: its LA, and its children's home and the home's provider (null when it has none). */
export interface ItemPlace {
  source: ThemeSource;
  la: string;
  home: string | null;
  homeName: string | null;
  provider: string | null;
  theme: string;
}
export interface PeriodTallyRow extends ItemPlace {
  now: number;
  last: number;
}
export interface QuarterTallyRow extends ItemPlace {
  /** 1 to 5: the oldest of the four quarters before, up to this quarter. */
  quarter: number;
  n: number;
}
export interface NamedRow {
  id: string;
  name: string;
}

/**
 * Every themed item dated from $1 to $2: a concern's themes on the day it was raised (as the annual report counts
 * them), placed in the home the child lived in that day; a submitted visit's recommendations on the visit's date,
 * in the visited home; a "you said, we did" outcome's themes on the day of the meeting the child said it at (held, or
 * else scheduled: the date the outcome is shown with), in the child's LA and the home the child lived in that day.
 * Items are counted once per theme.
 */
const ITEMS = `WITH items AS (
  SELECT 'CONCERNS' AS source, k.local_authority_id AS la, h.id AS home, h.name AS "homeName", h.provider_name AS provider, k.raised_on AS on_date, t AS theme
    FROM concerns k CROSS JOIN unnest(k.themes) t
    LEFT JOIN LATERAL (SELECT p.home_id FROM placements p WHERE p.child_id = k.child_id AND p.start_date <= k.raised_on
                         AND (p.end_date IS NULL OR p.end_date >= k.raised_on) ORDER BY p.start_date DESC LIMIT 1) p ON true
    LEFT JOIN children_homes h ON h.id = p.home_id
   WHERE k.raised_on BETWEEN $1::date AND $2::date
  UNION ALL
  SELECT 'HOME_VISIT_FINDINGS', h.local_authority_id, h.id, h.name, h.provider_name, v.visit_on, t
    FROM home_recommendations r JOIN home_visits v ON v.id = r.visit_id AND v.status = 'SUBMITTED'
    JOIN children_homes h ON h.id = r.home_id CROSS JOIN unnest(r.themes) t
   WHERE v.visit_on BETWEEN $1::date AND $2::date
  UNION ALL
  SELECT 'YOU_SAID_WE_DID', c.local_authority_id, h.id, h.name, h.provider_name, m.on_date, t
    FROM child_view_outcomes o
    JOIN LATERAL (SELECT mm.child_id, coalesce(mm.held_on, mm.scheduled_on) AS on_date FROM meetings mm WHERE mm.id = o.raised_at_meeting_id) m ON true
    JOIN children c ON c.id = m.child_id CROSS JOIN unnest(o.themes) t
    LEFT JOIN LATERAL (SELECT p.home_id FROM placements p WHERE p.child_id = c.id AND p.start_date <= m.on_date
                         AND (p.end_date IS NULL OR p.end_date >= m.on_date) ORDER BY p.start_date DESC LIMIT 1) p ON true
    LEFT JOIN children_homes h ON h.id = p.home_id
   WHERE m.on_date BETWEEN $1::date AND $2::date)`;
const PLACE = 'source, la, home, "homeName", provider, theme';

@Injectable()
export class LiveThemesRepository {
  /** Counts per place and theme in the period ($3 to $4) and the same period last year ($5 to $6). */
  periodTallies(sql: Sql, from: IsoDate, to: IsoDate, lastFrom: IsoDate, lastTo: IsoDate): Promise<PeriodTallyRow[]> {
    return sqlRows<PeriodTallyRow>(
      sql,
      `${ITEMS} SELECT ${PLACE}, count(*) FILTER (WHERE on_date BETWEEN $3::date AND $4::date)::int AS now,
                count(*) FILTER (WHERE on_date BETWEEN $5::date AND $6::date)::int AS last
           FROM items GROUP BY ${PLACE}`,
      [lastFrom, to, from, to, lastFrom, lastTo],
    );
  }

  /** Counts per place, theme and quarter, for quarters starting on the five dates in `starts` (oldest first) up to `today`. */
  quarterTallies(sql: Sql, starts: readonly IsoDate[], today: IsoDate): Promise<QuarterTallyRow[]> {
    return sqlRows<QuarterTallyRow>(
      sql,
      `${ITEMS} SELECT ${PLACE}, width_bucket(on_date, $3::date[]) AS quarter, count(*)::int AS n FROM items GROUP BY ${PLACE}, 7`,
      [starts[0], today, starts],
    );
  }

  localAuthorities(sql: Sql): Promise<NamedRow[]> {
    return sqlRows<NamedRow>(sql, 'SELECT id, name FROM local_authorities ORDER BY name, id');
  }
}
