import { Clock } from '../../../src/common/clock';
import { provisionOwnedDatabase } from '../../../src/database/database-provisioning';
import { DemoSeedService } from '../../../src/database/seed/demo-seed.service';
import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { databaseUrl, queryAt as query } from '../../support/other-databases';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The demo's "today" in these tests: the history is dated back from it. */
const TODAY = '2026-06-15';

/** Figures that sum up the demo: two seeds of the same day must give the same ones. */
const FIGURES = `SELECT
  (SELECT json_object_agg(code, n ORDER BY code) FROM (SELECT l.code, count(c.id)::int AS n FROM local_authorities l LEFT JOIN children c ON c.local_authority_id = l.id GROUP BY l.code) x) AS "childrenPerLa",
  (SELECT json_object_agg(year, n ORDER BY year) FROM (SELECT CASE WHEN held_on >= '2026-04-01' THEN '2026' WHEN held_on >= '2025-04-01' THEN '2025' ELSE 'before' END AS year, count(*)::int AS n FROM meetings WHERE held_on IS NOT NULL GROUP BY 1) x) AS "meetingsHeldPerYear",
  (SELECT json_object_agg(email, n ORDER BY email) FROM (SELECT u.email, a.active_caseload AS n, a.caseload_cap FROM advocates a JOIN users u ON u.id = a.user_id) x) AS "caseloads",
  (SELECT count(*)::int FROM care_episodes) AS "careEpisodes",
  (SELECT count(*)::int FROM assignments) AS "assignments",
  (SELECT count(*)::int FROM offers) AS "offers",
  (SELECT count(*)::int FROM concerns) AS "concerns",
  (SELECT count(*)::int FROM concern_events) AS "concernEvents",
  (SELECT count(*)::int FROM children_homes) AS "homes",
  (SELECT count(*)::int FROM home_visits) AS "homeVisits",
  (SELECT count(*)::int FROM awaiting_advocate WHERE resolved_at IS NULL) AS "waiting",
  (SELECT count(*)::int FROM users) AS "users"`;

describe('the demo seed: two reporting years of history for Northshire and Eastmoor', () => {
  const base = process.env['HEARD_TEST_DATABASE_URL'] ?? '';
  const admin = process.env['HEARD_TEST_ADMIN_URL'] ?? '';
  const names = ['a', 'b'].map((suffix) => `${new URL(base).pathname.slice(1)}_demo_${suffix}`);
  const [urlA, urlB] = names.map((name) => databaseUrl(base, name)) as [string, string];
  let api: TestApp | undefined;
  let figuresA: Record<string, unknown>;

  async function start(url: string): Promise<TestApp> {
    jest.spyOn(Clock.prototype, 'now').mockReturnValue(new Date(`${TODAY}T10:00:00Z`));
    return await startTestApp({ DATABASE_URL: url, SEED_DEMO_HISTORY: 'true' });
  }

  beforeAll(async () => {
    for (const name of names) {
      await provisionOwnedDatabase({
        adminUrl: admin,
        database: name,
        owner: new URL(base).username,
        ownerPassword: decodeURIComponent(new URL(base).password),
      });
    }
    const other = await start(urlB);
    await other.close();
    api = await start(urlA);
    figuresA = (await query<Record<string, unknown>>(urlA, FIGURES))[0] ?? {};
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    jest.restoreAllMocks();
    for (const name of names) await query(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('gives the same figures on two fresh databases', async () => {
    expect((await query<Record<string, unknown>>(urlB, FIGURES))[0]).toEqual(figuresA);
  });

  it('has these children per LA, meetings per reporting year and caseloads, every advocate under their cap', async () => {
    expect(figuresA).toEqual({
      childrenPerLa: { '901': 199, '902': 127, '903': 1 },
      meetingsHeldPerYear: { before: 453, '2025': 552, '2026': 100 },
      caseloads: {
        'advocate2@demo.heard': 2,
        'advocate@demo.heard': 8,
        'colleague1@demo.heard': 33,
        'colleague2@demo.heard': 30,
        'colleague3@demo.heard': 30,
        'colleague4@demo.heard': 31,
        'colleague5@demo.heard': 28,
        'colleague6@demo.heard': 28,
        'colleague7@demo.heard': 29,
      },
      careEpisodes: 339,
      assignments: 331,
      offers: 390,
      concerns: 27,
      concernEvents: 134,
      homes: 7,
      homeVisits: 72,
      waiting: 1,
      users: 15,
    });
    expect(await query(urlA, `SELECT count(*)::int AS n FROM advocates WHERE active_caseload > caseload_cap`)).toEqual([{ n: 0 }]);
  });

  it('keeps the named demo children with the advocates the assignment rules gave them', async () => {
    const rows = await query<{ ref: string; advocate: string | null }>(
      urlA,
      `SELECT c.la_child_ref AS ref, u.display_name AS advocate FROM children c
         LEFT JOIN assignments s ON s.child_id = c.id AND s.ended_on IS NULL LEFT JOIN advocates a ON a.id = s.advocate_id LEFT JOIN users u ON u.id = a.user_id
        WHERE c.la_child_ref NOT LIKE '90%' ORDER BY c.la_child_ref`,
    );
    expect(rows).toEqual([
      { ref: 'EM-2001', advocate: 'Tom Okafor' },
      { ref: 'EM-2002', advocate: 'Tom Okafor' },
      { ref: 'NS-1001', advocate: 'Priya Shah' },
      { ref: 'NS-1002', advocate: 'Priya Shah' },
      { ref: 'NS-1003', advocate: 'Priya Shah' },
      { ref: 'RS-3001', advocate: null },
    ]);
  });

  it('gives the annual report for 2025 real figures', async () => {
    const f = await api?.app.get(ReportFiguresService).figures(api.dataSource.manager, 2025, null);
    expect({
      offers: f?.offers,
      decisions: f?.decisions,
      meetings: f?.meetings,
      concerns: f?.concernsByStage.reduce((n, s) => n + s.count, 0),
      homeVisitStandards: f?.homeVisits.length,
      caseloads: f?.caseloads,
    }).toEqual({
      offers: { made: 364, onTime: 311 },
      decisions: { answered: 302, optedOut: 29, optedBackIn: 6 },
      meetings: { held: 552, onTime: 483 },
      concerns: 24,
      homeVisitStandards: 9,
      caseloads: [
        { band: '0 to 9', advocates: 2 },
        { band: '20 to 29', advocates: 3 },
        { band: '30 to 39', advocates: 4 },
      ],
    });
  });

  it('seeds nothing on a second start', async () => {
    await api?.close();
    api = await start(urlA);
    expect(await api.app.get(DemoSeedService).seed()).toBe(false);
    expect((await query<Record<string, unknown>>(urlA, FIGURES))[0]).toEqual(figuresA);
    expect(await query(urlA, `SELECT count(*)::int AS n FROM audit_log WHERE action = 'demo.seeded'`)).toEqual([{ n: 1 }]);
  });
});
