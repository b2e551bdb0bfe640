import { NationalSeedLaChildrenDocument, NationalSeedLiveThemesDocument, NationalSeedMyChildrenDocument } from '@heard/graphql-types/testing';
import { buildReport, cellText } from '@heard/report';
import { DEFAULT_STAGE_DEADLINES, isoDateOf, reportingYearOf, THEME_LABELS } from '@heard/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { provisionOwnedDatabase } from '../../../src/database/database-provisioning';
import { dataSourceOptions } from '../../../src/database/data-source-options';
import { DEMO_PASSWORD } from '../../../src/database/seed/demo-data';
import { NationalSeedRefusal, type NationalSeedOptions, type NationalSeedSummary, seedNational, shapeFor } from '@heard/national-data';
import { nationalSeedSettings } from '../../../src/database/seed/national-seed-settings';
import { OverdueConcernsJob } from '../../../src/modules/escalations/overdue-concerns.job';
import { AgeSixteenOffersService } from '../../../src/modules/offers/age-sixteen-offers.service';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { databaseUrl, queryAt as query } from '../../support/other-databases';
import { startTestApp, type TestApp } from '../../support/test-app';

const TODAY = isoDateOf(new Date());
const OPTIONS: NationalSeedOptions = { years: 2, seed: 1, scale: 0.002, today: TODAY };
const SILENT = { interactive: false, write: () => undefined };

/** Ordered key columns of several tables, hashed: two databases with the same fingerprints hold the same data. */
const FINGERPRINTS: Record<string, string> = {
  users: `SELECT md5(string_agg(concat_ws('|', id, email, role, display_name, password_hash, local_authority_id, advocacy_provider_id, active), ',' ORDER BY id)) FROM users`,
  advocates: `SELECT md5(string_agg(concat_ws('|', id, user_id, caseload_cap, active_caseload, languages, employing_local_authority_id), ',' ORDER BY id)) FROM advocates`,
  children: `SELECT md5(string_agg(concat_ws('|', id, local_authority_id, la_child_ref, given_name, family_name, date_of_birth, legal_status, placement_type, sibling_group_id), ',' ORDER BY id)) FROM children`,
  care_episodes: `SELECT md5(string_agg(concat_ws('|', id, child_id, start_date, end_date, legal_status, reason_ended), ',' ORDER BY id)) FROM care_episodes`,
  assignments: `SELECT md5(string_agg(concat_ws('|', id, child_id, advocate_id, started_on, start_reason, ended_on, end_reason), ',' ORDER BY id)) FROM assignments`,
  offers: `SELECT md5(string_agg(concat_ws('|', id, assignment_id, reason, prompted_on, due_on, outcome, outcome_on, child_words), ',' ORDER BY id)) FROM offers`,
  child_decisions: `SELECT md5(string_agg(concat_ws('|', id, child_id, kind, decided_on, recorded_at), ',' ORDER BY id)) FROM child_decisions`,
  meetings: `SELECT md5(string_agg(concat_ws('|', id, child_id, scheduled_on, status, held_on, participation_code, chair_staff_id, advocate_id), ',' ORDER BY id)) FROM meetings`,
  meeting_actions: `SELECT md5(string_agg(concat_ws('|', id, meeting_id, due_on, status, carry_overs, last_reviewed_meeting_id), ',' ORDER BY id)) FROM meeting_actions`,
  concerns: `SELECT md5(string_agg(concat_ws('|', id, child_id, raised_on, stage, status, stage_deadline, overdue_notified_key, themes), ',' ORDER BY id)) FROM concerns`,
  concern_events: `SELECT md5(string_agg(concat_ws('|', id, concern_id, sequence, kind, stage, actor_user_id, at, details), ',' ORDER BY id)) FROM concern_events`,
  home_visits: `SELECT md5(string_agg(concat_ws('|', id, home_id, status, visit_on, report), ',' ORDER BY id)) FROM home_visits`,
  home_recommendations: `SELECT md5(string_agg(concat_ws('|', id, visit_id, status, carry_overs, child_id), ',' ORDER BY id)) FROM home_recommendations`,
  child_view_outcomes: `SELECT md5(string_agg(concat_ws('|', id, view_id, raised_at_meeting_id, outcome, reason, themes, show_to_child, updated_at), ',' ORDER BY id)) FROM child_view_outcomes`,
};

/** Each query counts rows that break a rule the app relies on; every count must be 0. $1 is the reference date. */
const INVARIANTS: Array<[string, string]> = [
  [
    'an advocate over their cap, or a caseload counter that disagrees with the open assignments',
    `SELECT count(*) FROM advocates a WHERE active_caseload > caseload_cap OR active_caseload <> (SELECT count(*) FROM assignments s WHERE s.advocate_id = a.id AND s.ended_on IS NULL) OR $1::date IS NULL`,
  ],
  [
    'an open assignment whose child is not in care',
    `SELECT count(*) FROM assignments s WHERE s.ended_on IS NULL AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e.child_id = s.child_id AND e.end_date IS NULL) OR $1::date IS NULL`,
  ],
  [
    'a child in care with neither an advocate nor a place in the queue',
    `SELECT count(*) FROM children c WHERE EXISTS (SELECT 1 FROM care_episodes e WHERE e.child_id = c.id AND e.end_date IS NULL)
       AND NOT EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = c.id AND s.ended_on IS NULL)
       AND NOT EXISTS (SELECT 1 FROM awaiting_advocate q WHERE q.child_id = c.id AND q.resolved_at IS NULL) OR $1::date IS NULL`,
  ],
  [
    'an advocate working for a child of the LA that employs them',
    `SELECT count(*) FROM assignments s JOIN advocates a ON a.id = s.advocate_id JOIN children c ON c.id = s.child_id WHERE a.employing_local_authority_id = c.local_authority_id OR $1::date IS NULL`,
  ],
  [
    'a concern whose history does not start with RAISED, has gaps, or ends at another stage',
    `SELECT count(*) FROM concerns k WHERE (SELECT kind FROM concern_events e WHERE e.concern_id = k.id AND e.sequence = 1) IS DISTINCT FROM 'RAISED'
       OR (SELECT max(sequence) FROM concern_events e WHERE e.concern_id = k.id) <> (SELECT count(*) FROM concern_events e WHERE e.concern_id = k.id)
       OR (SELECT stage FROM concern_events e WHERE e.concern_id = k.id ORDER BY e.sequence DESC LIMIT 1) <> k.stage OR $1::date IS NULL`,
  ],
  [
    'a concern event out of time order, or after the reference date',
    `SELECT count(*) FROM concern_events a LEFT JOIN concern_events b ON b.concern_id = a.concern_id AND b.sequence = a.sequence + 1 WHERE b.at <= a.at OR a.at::date > $1::date`,
  ],
  [
    'a participation code that is PN0 for a child of 4 or more, or not PN0 for a child under 4',
    `SELECT count(*) FROM meetings m JOIN children c ON c.id = m.child_id WHERE m.participation_code IS NOT NULL AND (date_part('year', age(m.held_on, c.date_of_birth)) < 4) <> (m.participation_code = 'PN0') OR $1::date IS NULL`,
  ],
  [
    'a significant decision not backed by the advocate’s own input for its meeting, the self-representation the advocate recorded, or the child’s opting out',
    `SELECT count(*) FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id LEFT JOIN advocate_inputs i ON i.id = d.advocate_input_id
      WHERE (d.significant AND d.basis IS NULL)
         OR (d.advocate_input_id IS NOT NULL AND (i.meeting_id <> d.meeting_id OR i.migrated_from_chair OR NOT EXISTS (SELECT 1 FROM assignments s WHERE s.child_id = m.child_id AND s.advocate_id = i.advocate_id)))
         OR (d.basis = 'CHILD_SELF_REPRESENTING' AND NOT EXISTS (SELECT 1 FROM child_self_representations r WHERE r.meeting_id = d.meeting_id AND NOT r.migrated_from_chair))
         OR (d.basis = 'CHILD_OPTED_OUT' AND NOT EXISTS (SELECT 1 FROM child_decisions c WHERE c.child_id = m.child_id AND c.kind = 'OPTED_OUT' AND c.decided_on <= m.held_on))
         OR $1::date IS NULL`,
  ],
  [
    'a meeting held in the future, or one booked in the past',
    `SELECT count(*) FROM meetings WHERE held_on > $1::date OR (status = 'SCHEDULED' AND scheduled_on <= $1::date)`,
  ],
  [
    'an offer answered before it was made, or left open on an ended assignment',
    `SELECT count(*) FROM offers o JOIN assignments s ON s.id = o.assignment_id WHERE o.outcome_on < o.prompted_on OR (o.outcome IS NULL AND s.ended_on IS NOT NULL) OR o.prompted_on > $1::date`,
  ],
  [
    'a child living in a home while not in care',
    `SELECT count(*) FROM placements p WHERE p.end_date IS NULL AND NOT EXISTS (SELECT 1 FROM care_episodes e WHERE e.child_id = p.child_id AND e.end_date IS NULL) OR $1::date IS NULL`,
  ],
  [
    'a submitted visit report without a judgement on each of the nine Quality Standards',
    `SELECT count(*) FROM home_visits WHERE status = 'SUBMITTED' AND (jsonb_array_length(report->'judgements') <> 9 OR visit_on > $1::date)`,
  ],
];

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
}

/** Migrates a fresh database and generates the dataset on two connections, as the CLI does. */
async function generate(url: string): Promise<NationalSeedSummary> {
  await migrate(url);
  const clients = [new Client({ connectionString: url }), new Client({ connectionString: url })];
  for (const client of clients) await client.connect();
  try {
    return await seedNational(clients, OPTIONS, SILENT, nationalSeedSettings({ offerDueWorkingDays: 5, escalationStageDays: DEFAULT_STAGE_DEADLINES }));
  } finally {
    for (const client of clients) await client.end();
  }
}

async function fingerprints(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, sql] of Object.entries(FINGERPRINTS)) out[table] = (await query<{ md5: string }>(url, sql))[0]?.md5 ?? '';
  return out;
}

describe('npm run seed:national: a national dataset, deterministic and consistent', () => {
  const base = process.env['HEARD_TEST_DATABASE_URL'] ?? '';
  const admin = process.env['HEARD_TEST_ADMIN_URL'] ?? '';
  const names = ['a', 'b'].map((suffix) => `${new URL(base).pathname.slice(1)}_national_${suffix}`);
  const [urlA, urlB] = names.map((name) => databaseUrl(base, name)) as [string, string];
  let summary: NationalSeedSummary;
  let printsA: Record<string, string>;
  let printsB: Record<string, string>;
  let api: TestApp;

  beforeAll(async () => {
    for (const name of names)
      await provisionOwnedDatabase({
        adminUrl: admin,
        database: name,
        owner: new URL(base).username,
        ownerPassword: decodeURIComponent(new URL(base).password),
      });
    summary = await generate(urlA);
    await generate(urlB);
    [printsA, printsB] = [await fingerprints(urlA), await fingerprints(urlB)];
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    for (const name of names) await query(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('gives identical data for the same seed and reference date (two fresh databases)', () => {
    expect(Object.values(printsA).every((print) => /^[0-9a-f]{32}$/.test(print))).toBe(true);
    expect(printsB).toEqual(printsA);
  });

  it('has the counts that follow from --scale 0.002', async () => {
    expect(shapeFor(0.002)).toEqual({ localAuthorities: 7, childrenInCare: 164, providers: 1, advocates: 5, homes: 7, commissionerStaff: 2, managersPerLa: 3 });
    const [row] = await query<Record<string, number>>(
      urlA,
      `SELECT
        (SELECT count(*)::int FROM local_authorities) AS las, (SELECT count(*)::int FROM advocacy_providers) AS providers,
        (SELECT count(*)::int FROM advocates) AS advocates, (SELECT count(*)::int FROM users WHERE role = 'LA_MANAGER') AS managers,
        (SELECT count(*)::int FROM users WHERE role = 'COMMISSIONER_STAFF') AS commissioners, (SELECT count(*)::int FROM users WHERE role = 'ADMIN') AS admins,
        (SELECT count(*)::int FROM children_homes) AS homes,
        (SELECT count(*)::int FROM assignments s JOIN advocates a ON a.id = s.advocate_id JOIN users u ON u.id = a.user_id WHERE u.email = 'advocate1@national.heard' AND s.ended_on IS NULL) AS showcase`,
    );
    expect(row).toEqual({ las: 7, providers: 1, advocates: 5, managers: 21, commissioners: 2, admins: 1, homes: 7, showcase: 40 });
    expect(summary.accounts).toMatchObject({
      advocate: 'advocate1@national.heard',
      advocateChildren: 40,
      manager: 'manager1@national.heard',
      commissioner: 'commissioner1@national.heard',
    });
    expect(summary.rows['children']).toBeGreaterThan(200);
    expect(summary.reportingYears).toHaveLength(2);
  });

  it.each(INVARIANTS)('has none of these: %s', async (_rule, sql) => {
    expect(await query<{ count: string }>(urlA, sql, [TODAY])).toEqual([{ count: '0' }]);
  });

  it('refuses to run again on a database that holds it, and changes nothing', async () => {
    await expect(generate(urlA)).rejects.toThrow(NationalSeedRefusal);
    await expect(generate(urlA)).rejects.toThrow(/already holds the national dataset/);
    expect(await fingerprints(urlA)).toEqual(printsA);
  });

  describe('through the app', () => {
    beforeAll(async () => {
      api = await startTestApp({ DATABASE_URL: urlA, SEED_DEMO: 'false' });
    });

    it('gives advocate1 exactly 40 children in My children, and LA managers and Commissioner staff can sign in', async () => {
      const advocate = api.client();
      expect((await advocate.login('advocate1@national.heard', DEMO_PASSWORD)).errors).toEqual([]);
      const mine = await advocate.request(NationalSeedMyChildrenDocument);
      expect(mine.errors).toEqual([]);
      expect(mine.data?.myChildren).toHaveLength(40);
      const manager = api.client();
      expect((await manager.login('manager1@national.heard', DEMO_PASSWORD)).errors).toEqual([]);
      const theirs = await manager.request(NationalSeedLaChildrenDocument);
      expect(theirs.errors).toEqual([]);
      expect(theirs.data?.laChildren.length).toBeGreaterThan(0);
      expect((await api.client().login('commissioner1@national.heard', DEMO_PASSWORD)).data?.login.user.role).toBe('COMMISSIONER_STAFF');
    });

    it('leaves the app’s own jobs nothing to do: no age-16 offer is due, no concern deadline unmarked', async () => {
      expect(await api.app.get(AgeSixteenOffersService).runOnce()).toBe(0);
      expect(await api.app.get(OverdueConcernsJob).runOnce()).toBe(0);
      expect((await fingerprints(urlA))['offers']).toBe(printsA['offers']);
    });

    it('gives the live themes dashboard the annual report’s theme figures for the last full reporting year', async () => {
      const year = reportingYearOf(TODAY) - 1;
      const figures = api.app.get(ReportFiguresService);
      const report = buildReport({
        year,
        scope: 'England',
        threshold: 4,
        current: await figures.figures(api.dataSource.manager, year, null),
        previous: await figures.figures(api.dataSource.manager, year - 1, null),
      });
      const commissioner = api.client();
      expect((await commissioner.login('commissioner1@national.heard', DEMO_PASSWORD)).errors).toEqual([]);
      const live = await commissioner.request(NationalSeedLiveThemesDocument, {
        input: { breakdown: 'NATIONAL', fromOn: `${year}-04-01`, toOn: `${year + 1}-03-31` },
      });
      expect(live.errors).toEqual([]);
      const national = live.data?.liveThemes.sources.find((s) => s.source === 'CONCERNS')?.tables[0]?.rows ?? [];
      const text = (n: number | null | undefined, signed = false) => (n === null || n === undefined ? '[c]' : signed && n > 0 ? `+${n}` : String(n));
      const dashboard = national.map((r) => [r.theme === null ? 'Total' : THEME_LABELS[r.theme], text(r.count), text(r.lastYear), text(r.change, true)]);
      const published = report.sections.find((s) => s.id === 'themes')?.tables[0]?.rows.map((row) => row.map(cellText)) ?? [];
      expect(published.length).toBe(14);
      expect(dashboard).toEqual(published);
      // "You said, we did" outcomes are their own source: each theme tag of an outcome whose meeting fell in the year.
      const tagged = (await api.dataSource.query(
        `SELECT t AS theme, count(*)::int AS n FROM child_view_outcomes o JOIN meetings m ON m.id = o.raised_at_meeting_id CROSS JOIN unnest(o.themes) t
          WHERE coalesce(m.held_on, m.scheduled_on) BETWEEN $1::date AND $2::date GROUP BY t`,
        [`${year}-04-01`, `${year + 1}-03-31`],
      )) as Array<{ theme: string; n: number }>;
      const expected = new Map<string | null, number>([...tagged.map((t) => [t.theme, t.n] as const), [null, tagged.reduce((sum, t) => sum + t.n, 0)]]);
      const outcomes = live.data?.liveThemes.sources.find((s) => s.source === 'YOU_SAID_WE_DID')?.tables[0]?.rows ?? [];
      expect(expected.get(null)).toBeGreaterThan(4);
      expect(outcomes.filter((r) => r.count !== null).length).toBeGreaterThan(0);
      // Every published figure is the database's count (suppressed ones are null, as in every other source).
      expect(outcomes.filter((r) => r.count !== null && r.count !== (expected.get(r.theme) ?? 0))).toEqual([]);
    });

    it('gives the annual report non-empty figures for every reporting year', async () => {
      const figures = api.app.get(ReportFiguresService);
      for (const year of summary.reportingYears.map((y) => Number(y.slice(0, 4)))) {
        const f = await figures.figures(api.dataSource.manager, year, null);
        expect({
          year,
          offers: f.offers.made > 0,
          answered: f.decisions.answered > 0,
          meetings: f.meetings.held > 0,
          participation: f.participationByCode.length > 0,
          themes: f.themes.length > 0,
          homeVisits: f.homeVisits.length === 9,
          caseloads: f.caseloads.length > 0,
        }).toEqual({ year, offers: true, answered: true, meetings: true, participation: true, themes: true, homeVisits: true, caseloads: true });
      }
    });
  });
});
