import { Injectable } from '@nestjs/common';
import type { ConcernTheme, IsoDate, ThemeFollowUpState } from '@heard/domain';
import { type Sql, sqlRow, sqlRows } from '../../database/sql';
import type { Recipient } from '../notifications/notifications.service';

/** A theme request as read, with its LA's name (or its provider's). Dates come back as `YYYY-MM-DD` text. */
export interface ThemeRequestRow {
  id: string;
  local_authority_id: string | null;
  local_authority_name: string | null;
  provider_name: string | null;
  theme: ConcernTheme;
  question: string;
  put_at: Date;
  put_on: IsoDate;
  deadline: IsoDate;
  found: string | null;
  will_do: string | null;
  by_when: IsoDate | null;
  answered_at: Date | null;
  answered_on: IsoDate | null;
}

export interface ThemeFollowUpRow {
  id: string;
  theme_request_id: string;
  action: string;
  owner: string;
  due_on: IsoDate;
  state: ThemeFollowUpState;
  completed_at: Date | null;
}

/** Themes put in a period, by theme and whether and when they were answered. */
export interface ReportThemeAnswerCounts {
  theme: ConcernTheme;
  put: number;
  onTime: number;
  late: number;
  notAnswered: number;
}

/** Themes put to LAs, per LA (`la`) and for England (`la` null). */
export interface ReportThemeAnswerRow extends ReportThemeAnswerCounts {
  la: string | null;
}

const REQUEST_COLUMNS = `r.id, r.local_authority_id, la.name AS local_authority_name, r.provider_name, r.theme, r.question, r.put_at,
  r.put_on::text AS put_on, r.deadline::text AS deadline, r.found, r.will_do, r.by_when::text AS by_when, r.answered_at,
  r.answered_on::text AS answered_on`;
const REPORT_COUNTS = `theme, count(*)::int AS put, (count(*) FILTER (WHERE answered_on <= deadline))::int AS "onTime",
  (count(*) FILTER (WHERE answered_on > deadline))::int AS late, (count(*) FILTER (WHERE answered_on IS NULL))::int AS "notAnswered"`;
const FOLLOW_UP_COLUMNS = `id, theme_request_id, action, owner, due_on::text AS due_on, state, completed_at`;

/** The one writer of `theme_requests` and `theme_follow_ups`. */
@Injectable()
export class ThemeAnswersRepository {
  /** Every local authority, by name, to choose whom to put a theme to. */
  localAuthorities(sql: Sql): Promise<Array<{ id: string; name: string }>> {
    return sqlRows<{ id: string; name: string }>(sql, `SELECT id, name FROM local_authorities ORDER BY name, id`);
  }

  async localAuthorityExists(sql: Sql, id: string): Promise<boolean> {
    return (await sqlRow<{ id: string }>(sql, `SELECT id FROM local_authorities WHERE id = $1`, [id])) !== undefined;
  }

  /** The providers of children's homes, by name, to choose whom to put a theme to. */
  async providers(sql: Sql): Promise<string[]> {
    const rows = await sqlRows<{ name: string }>(sql, `SELECT DISTINCT provider_name AS name FROM children_homes ORDER BY provider_name`);
    return rows.map((r) => r.name);
  }

  /** The contact addresses the provider's homes give (a provider has no account; it is emailed here). */
  async providerContacts(sql: Sql, providerName: string): Promise<string[]> {
    const rows = await sqlRows<{ email: string }>(
      sql,
      `SELECT DISTINCT provider_contact_email AS email FROM children_homes WHERE provider_name = $1 AND provider_contact_email <> '' ORDER BY provider_contact_email`,
      [providerName],
    );
    return rows.map((r) => r.email);
  }

  async insert(
    sql: Sql,
    row: {
      localAuthorityId: string | null;
      providerName: string | null;
      theme: ConcernTheme;
      question: string;
      userId: string;
      at: Date;
      putOn: IsoDate;
      deadline: IsoDate;
    },
  ): Promise<string> {
    const inserted = await sqlRow<{ id: string }>(
      sql,
      `INSERT INTO theme_requests (local_authority_id, provider_name, theme, question, put_by_user_id, put_at, put_on, deadline)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [row.localAuthorityId, row.providerName, row.theme, row.question, row.userId, row.at, row.putOn, row.deadline],
    );
    if (inserted === undefined) throw new Error('theme_requests insert returned no row');
    return inserted.id;
  }

  /** Every request, or one LA's, newest first. */
  list(sql: Sql, localAuthorityId: string | null): Promise<ThemeRequestRow[]> {
    return sqlRows<ThemeRequestRow>(
      sql,
      `SELECT ${REQUEST_COLUMNS} FROM theme_requests r LEFT JOIN local_authorities la ON la.id = r.local_authority_id
        WHERE $1::uuid IS NULL OR r.local_authority_id = $1 ORDER BY r.put_at DESC, r.id`,
      [localAuthorityId],
    );
  }

  find(sql: Sql, id: string): Promise<ThemeRequestRow | undefined> {
    return sqlRow<ThemeRequestRow>(
      sql,
      `SELECT ${REQUEST_COLUMNS} FROM theme_requests r LEFT JOIN local_authorities la ON la.id = r.local_authority_id WHERE r.id = $1`,
      [id],
    );
  }

  /** Records the answer only when none is recorded yet: of two parallel answers one updates the row, the other none. */
  async answer(
    sql: Sql,
    id: string,
    answer: { found: string; willDo: string; byWhen: IsoDate; userId: string; at: Date; answeredOn: IsoDate },
  ): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(
      sql,
      `UPDATE theme_requests SET found = $2, will_do = $3, by_when = $4, answered_by_user_id = $5, answered_at = $6, answered_on = $7
        WHERE id = $1 AND answered_at IS NULL RETURNING id`,
      [id, answer.found, answer.willDo, answer.byWhen, answer.userId, answer.at, answer.answeredOn],
    );
    return rows.length === 1;
  }

  followUps(sql: Sql, requestIds: readonly string[]): Promise<ThemeFollowUpRow[]> {
    return sqlRows<ThemeFollowUpRow>(
      sql,
      `SELECT ${FOLLOW_UP_COLUMNS} FROM theme_follow_ups WHERE theme_request_id = ANY($1::uuid[]) ORDER BY due_on, added_at, id`,
      [requestIds],
    );
  }

  async addFollowUp(sql: Sql, row: { requestId: string; action: string; owner: string; dueOn: IsoDate; userId: string; at: Date }): Promise<string> {
    const inserted = await sqlRow<{ id: string }>(
      sql,
      `INSERT INTO theme_follow_ups (theme_request_id, action, owner, due_on, added_by_user_id, added_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.requestId, row.action, row.owner, row.dueOn, row.userId, row.at],
    );
    if (inserted === undefined) throw new Error('theme_follow_ups insert returned no row');
    return inserted.id;
  }

  followUp(sql: Sql, id: string): Promise<ThemeFollowUpRow | undefined> {
    return sqlRow<ThemeFollowUpRow>(sql, `SELECT ${FOLLOW_UP_COLUMNS} FROM theme_follow_ups WHERE id = $1`, [id]);
  }

  /** Marks an open follow-up done; false when it was already done (a parallel completion won). */
  async completeFollowUp(sql: Sql, id: string, userId: string, at: Date): Promise<boolean> {
    const rows = await sqlRows<{ id: string }>(
      sql,
      `UPDATE theme_follow_ups SET state = 'DONE', completed_at = $3, completed_by_user_id = $2 WHERE id = $1 AND state = 'OPEN' RETURNING id`,
      [id, userId, at],
    );
    return rows.length === 1;
  }

  /** The LA's active managers, to tell them a theme was put to them. */
  managersOf(sql: Sql, localAuthorityId: string): Promise<Recipient[]> {
    return sqlRows<Recipient>(
      sql,
      `SELECT u.id AS "userId", u.role, u.email FROM users u WHERE u.active AND u.role = 'LA_MANAGER' AND u.local_authority_id = $1 ORDER BY u.id`,
      [localAuthorityId],
    );
  }

  /** The annual report's figures: themes put to LAs between `from` and `to` (London dates), answered on time, late or not (yet). */
  reportAnswers(sql: Sql, from: IsoDate, to: IsoDate): Promise<ReportThemeAnswerRow[]> {
    return sqlRows<ReportThemeAnswerRow>(
      sql,
      `SELECT local_authority_id AS la, ${REPORT_COUNTS}
         FROM theme_requests WHERE local_authority_id IS NOT NULL AND put_on BETWEEN $1::date AND $2::date
        GROUP BY GROUPING SETS ((local_authority_id, theme), (theme))`,
      [from, to],
    );
  }

  /** The same for themes put to providers (England only: a provider is no LA's), on time by the date the answer was received. */
  reportProviderAnswers(sql: Sql, from: IsoDate, to: IsoDate): Promise<ReportThemeAnswerCounts[]> {
    return sqlRows<ReportThemeAnswerCounts>(
      sql,
      `SELECT ${REPORT_COUNTS} FROM theme_requests WHERE provider_name IS NOT NULL AND put_on BETWEEN $1::date AND $2::date GROUP BY theme`,
      [from, to],
    );
  }
}
