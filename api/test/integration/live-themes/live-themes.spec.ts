import { LiveThemesReadDocument, type LiveThemesReadQuery, LiveThemesWarningsDocument, type ThemeBreakdown } from '@heard/graphql-types/testing';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { errorCodes, onDay } from '../../support/clock';
import type { GraphqlTestClient } from '../../support/graphql-client';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

type Table = LiveThemesReadQuery['liveThemes']['sources'][number]['tables'][number];

/** A table's rows with any count, as [theme, count, last year, change] (null: suppressed), total last. */
const figures = (table: Table | undefined) =>
  (table?.rows ?? []).filter((r) => r.theme === null || r.count !== 0 || r.lastYear !== 0).map((r) => [r.theme, r.count, r.lastYear, r.change]);

// The reporting year 2016 (1 April 2016 to 31 March 2017), which no other suite writes to, against 2015.
const YEAR = { fromOn: '2016-04-01', toOn: '2017-03-31' };

describe('live themes and early warning', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let commissioner: GraphqlTestClient;
  let laManager: GraphqlTestClient;
  let homeId: string;
  const provider = `Provider of homes ${Date.now()}`;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 10 }]);
    commissioner = api.client();
    await commissioner.login(DEMO.commissioner, DEMO.password);
    laManager = await fx.signIn(fx.managerEmail);
    const db = api.dataSource;
    const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as Array<{ id: string }>)[0]?.id ?? '';
    const child = (la: string, ref: string) =>
      one(
        `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth) VALUES ($1, $2, 'Theme', 'Child', '2010-01-01') RETURNING id`,
        [la, ref],
      );
    const [c1, c2, c4] = [await child(fx.laId, 'T1'), await child(fx.laId, 'T2'), await child(fx.otherLaId, 'T4')];
    homeId = await one(
      `INSERT INTO children_homes (name, provider_name, provider_contact_email, ofsted_urn, address, local_authority_id) VALUES ('Themes Home', $1, 'p@example.org', $2, 'A', $3) RETURNING id`,
      [provider, `T${Date.now()}`, fx.laId],
    );
    await db.query(`INSERT INTO placements (child_id, home_id, start_date) VALUES ($1, $2, '2015-01-01')`, [c1, homeId]);
    const advocate = fx.advocates[0]?.userId;
    const concern = (childId: string, la: string, raisedOn: string, themes: string[]) =>
      db.query(
        `INSERT INTO concerns (child_id, local_authority_id, raised_by_user_id, what_is_wrong, child_wants, themes, raised_on, stage, status, stage_entered_on, version)
         VALUES ($1, $2, $3, 'Wrong', 'Wants', $4, $5, 'INFORMAL', 'OPEN', $5, 1)`,
        [childId, la, advocate, themes, raisedOn],
      );
    for (const day of ['03', '04', '05', '06', '07', '10']) await concern(c1, fx.laId, `2016-10-${day}`, ['SAFETY']);
    for (const day of ['01', '02']) await concern(c2, fx.laId, `2016-11-${day}`, ['EDUCATION']);
    for (const day of ['01', '02', '03', '04', '05']) await concern(c2, fx.laId, `2015-06-${day}`, ['SAFETY']);
    for (const day of ['02', '03', '04', '05', '06', '09', '10']) await concern(c4, fx.otherLaId, `2016-05-${day}`, ['SAFETY']);
    const visit = await one(
      `INSERT INTO home_visits (home_id, advocate_user_id, status, visit_on, report) VALUES ($1, $2, 'SUBMITTED', '2016-07-01', '{}') RETURNING id`,
      [homeId, advocate],
    );
    for (let i = 0; i < 5; i++) {
      await db.query(
        `INSERT INTO home_recommendations (home_id, visit_id, what, owner, due_on, themes) VALUES ($1, $2, 'Do it', 'Manager', '2016-08-01', '{HEALTH}')`,
        [homeId, visit],
      );
    }
    // "You said, we did": outcomes dated by their meeting (held, else scheduled), placed as concerns are.
    const chair = await one(
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, 'Theme Chair', 'TEAM_MANAGER', true) RETURNING id`,
      [fx.laId],
    );
    const outcomes = async (childId: string, scheduledOn: string, heldOn: string | null, themes: string[][]) => {
      const meeting = await one(
        `INSERT INTO meetings (child_id, scheduled_on, held_on, status, place, chair_staff_id, scheduled_by_user_id) VALUES ($1, $2, $3, $4, 'School', $5, $6) RETURNING id`,
        [childId, scheduledOn, heldOn, heldOn === null ? 'SCHEDULED' : 'HELD', chair, advocate],
      );
      for (const tags of themes) {
        const view = await one(
          `INSERT INTO child_views (meeting_id, kind, text, shareable, recorded_by_user_id) VALUES ($1, 'WISHES_AND_FEELINGS', 'I want help', true, $2) RETURNING id`,
          [meeting, advocate],
        );
        await db.query(
          `INSERT INTO child_view_outcomes (view_id, raised_at_meeting_id, outcome, themes, updated_by_user_id, updated_at) VALUES ($1, $2, 'DONE', $3, $4, now())`,
          [view, meeting, tags, advocate],
        );
      }
    };
    await outcomes(c1, '2016-09-01', '2016-09-05', [...Array<string[]>(5).fill(['MENTAL_HEALTH']), []]);
    await outcomes(c4, '2016-12-01', null, Array<string[]>(6).fill(['MENTAL_HEALTH', 'EDUCATION']));
    await outcomes(c2, '2017-04-03', '2017-04-03', [['SAFETY']]);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const read = (client: GraphqlTestClient, breakdown: ThemeBreakdown, period: { fromOn?: string; toOn?: string } = YEAR) =>
    client.request(LiveThemesReadDocument, { input: { breakdown, ...period } });

  it('gives Commissioner staff the national table, suppressed as the annual report is', async () => {
    const r = await read(commissioner, 'NATIONAL');
    expect(r.errors).toEqual([]);
    const themes = r.data?.liveThemes;
    expect([themes?.fromOn, themes?.toOn, themes?.lastYearFromOn, themes?.lastYearToOn, themes?.threshold]).toEqual([
      '2016-04-01',
      '2017-03-31',
      '2015-04-01',
      '2016-03-31',
      4,
    ]);
    const [concerns, findings, outcomes] = themes?.sources ?? [];
    expect(concerns?.source).toBe('CONCERNS');
    // Education's 2 is too few to publish, so the total is suppressed with it (and each change built from them).
    expect(figures(concerns?.tables[0])).toEqual([
      ['SAFETY', 13, 5, 8],
      ['EDUCATION', null, 0, null],
      [null, null, 5, null],
    ]);
    expect(findings?.source).toBe('HOME_VISIT_FINDINGS');
    expect(figures(findings?.tables[0])).toEqual([
      ['HEALTH', 5, 0, 5],
      [null, 5, 0, 5],
    ]);
    // Each outcome once per theme: five of mental health in September, six of mental health and education in December.
    expect(outcomes?.source).toBe('YOU_SAID_WE_DID');
    expect(figures(outcomes?.tables[0])).toEqual([
      ['MENTAL_HEALTH', 11, 0, 11],
      ['EDUCATION', 6, 0, 6],
      [null, 17, 0, 17],
    ]);
  });

  it("places outcomes in the child's LA and the home the child lived in on the meeting's date", async () => {
    const la = (await read(commissioner, 'LOCAL_AUTHORITY')).data?.liveThemes.sources[2]?.tables ?? [];
    expect(figures(la.find((t) => t.unitId === fx.laId))).toEqual([
      ['MENTAL_HEALTH', 5, 0, 5],
      [null, 5, 0, 5],
    ]);
    expect(figures(la.find((t) => t.unitId === fx.otherLaId))).toEqual([
      ['EDUCATION', 6, 0, 6],
      ['MENTAL_HEALTH', 6, 0, 6],
      [null, 12, 0, 12],
    ]);
    // Ties are in the taxonomy's order.
    const homes = (await read(commissioner, 'HOME')).data?.liveThemes.sources[2]?.tables ?? [];
    expect(homes.map((t) => [t.unitId, figures(t)])).toEqual([
      [
        homeId,
        [
          ['MENTAL_HEALTH', 5, 0, 5],
          [null, 5, 0, 5],
        ],
      ],
      [
        'NO_HOME',
        [
          ['EDUCATION', 6, 0, 6],
          ['MENTAL_HEALTH', 6, 0, 6],
          [null, 12, 0, 12],
        ],
      ],
    ]);
    const providers = (await read(commissioner, 'PROVIDER')).data?.liveThemes.sources[2]?.tables ?? [];
    expect(providers.map((t) => [t.unitId, figures(t)[0]])).toEqual([
      [provider, ['MENTAL_HEALTH', 5, 0, 5]],
      ['NO_HOME', ['EDUCATION', 6, 0, 6]],
    ]);
  });

  it('breaks concerns down by LA, provider and home, with items of no home under their own row', async () => {
    const la = (await read(commissioner, 'LOCAL_AUTHORITY')).data?.liveThemes.sources[0]?.tables ?? [];
    expect(figures(la.find((t) => t.unitId === fx.laId))).toEqual([
      ['SAFETY', 6, 5, 1],
      ['EDUCATION', null, 0, null],
      [null, null, 5, null],
    ]);
    expect(figures(la.find((t) => t.unitId === fx.otherLaId))).toEqual([
      ['SAFETY', 7, 0, 7],
      [null, 7, 0, 7],
    ]);
    const homes = (await read(commissioner, 'HOME')).data?.liveThemes.sources[0]?.tables ?? [];
    expect(homes.map((t) => [t.unitId, t.label])).toEqual([
      [homeId, 'Themes Home'],
      ['NO_HOME', 'No children’s home recorded'],
    ]);
    expect(figures(homes[0])).toEqual([
      ['SAFETY', 6, 0, 6],
      [null, 6, 0, 6],
    ]);
    expect(figures(homes[1])).toEqual([
      ['SAFETY', 7, 5, 2],
      ['EDUCATION', null, 0, null],
      [null, null, 5, null],
    ]);
    const providers = (await read(commissioner, 'PROVIDER')).data?.liveThemes.sources ?? [];
    expect(providers[0]?.tables.map((t) => [t.unitId, figures(t)[0]])).toEqual([
      [provider, ['SAFETY', 6, 0, 6]],
      ['NO_HOME', ['SAFETY', 7, 5, 2]],
    ]);
    expect(providers[1]?.tables.map((t) => [t.unitId, figures(t)])).toEqual([
      [
        provider,
        [
          ['HEALTH', 5, 0, 5],
          [null, 5, 0, 5],
        ],
      ],
    ]);
  });

  it("gives an LA manager their own LA's table only, and refuses any other breakdown (audited)", async () => {
    const own = await read(laManager, 'LOCAL_AUTHORITY');
    expect(own.data?.liveThemes.sources.map((s) => [s.source, s.tables.map((t) => t.unitId)])).toEqual([
      ['CONCERNS', [fx.laId]],
      ['HOME_VISIT_FINDINGS', [fx.laId]],
      ['YOU_SAID_WE_DID', [fx.laId]],
    ]);
    expect(figures(own.data?.liveThemes.sources[2]?.tables[0])).toEqual([
      ['MENTAL_HEALTH', 5, 0, 5],
      [null, 5, 0, 5],
    ]);
    expect(figures(own.data?.liveThemes.sources[0]?.tables[0])).toEqual([
      ['SAFETY', 6, 5, 1],
      ['EDUCATION', null, 0, null],
      [null, null, 5, null],
    ]);
    for (const breakdown of ['NATIONAL', 'PROVIDER', 'HOME'] as const) expect(errorCodes(await read(laManager, breakdown))).toEqual(['FORBIDDEN']);
    const audit = (await api.dataSource.query(
      `SELECT outcome, child_ids, details->>'breakdown' AS breakdown FROM audit_log a JOIN users u ON u.id = a.actor_user_id WHERE u.email = $1 AND a.action = 'live_themes.read' ORDER BY a.occurred_at, a.id`,
      [fx.managerEmail],
    )) as Array<{ outcome: string; child_ids: string[]; breakdown: string }>;
    expect(audit.map((a) => [a.outcome, a.child_ids, a.breakdown])).toEqual([
      ['ALLOWED', [], 'LOCAL_AUTHORITY'],
      ['REFUSED', [], 'NATIONAL'],
      ['REFUSED', [], 'PROVIDER'],
      ['REFUSED', [], 'HOME'],
    ]);
  });

  it('refuses a period in the future, backwards or over a year, naming the field', async () => {
    onDay(api, '2017-04-10');
    const problems = async (period: { fromOn?: string; toOn?: string }) => {
      const r = await read(commissioner, 'NATIONAL', period);
      return r.errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message]);
    };
    expect(await problems({ toOn: '2017-04-11' })).toEqual([['BAD_USER_INPUT', 'toOn', 'The end date cannot be in the future.']]);
    expect(await problems({ fromOn: '2017-03-02', toOn: '2017-03-01' })).toEqual([
      ['BAD_USER_INPUT', 'fromOn', 'The start date must be on or before the end date.'],
    ]);
    expect(await problems({ fromOn: '2016-04-01', toOn: '2017-04-01' })).toEqual([['BAD_USER_INPUT', 'fromOn', 'The period can be at most a year long.']]);
    expect(await problems({ fromOn: '2016-02-30' })).toEqual([
      ['BAD_USER_INPUT', 'fromOn', 'Start date must be a real date in the form YYYY-MM-DD (you entered "2016-02-30").'],
    ]);
  });

  it('flags to Commissioner staff the LA, provider and home whose theme rose this quarter, with the figures', async () => {
    onDay(api, '2016-12-15');
    const r = await commissioner.request(LiveThemesWarningsDocument, {});
    expect(r.errors).toEqual([]);
    expect([r.data?.themeWarnings.minimum, r.data?.themeWarnings.factor]).toEqual([5, 1.5]);
    const mine = (r.data?.themeWarnings.warnings ?? []).filter((w) => [fx.laId, fx.otherLaId, provider, homeId].includes(w.unitId));
    // The other LA's six outcomes at December's meeting rise too; they have no home, so no home or provider is flagged.
    expect(mine.map((w) => [w.breakdown, w.unitId, w.theme, w.quarterFromOn, w.current, w.previous, w.mean, w.above]).sort()).toEqual(
      [
        ['HOME', homeId, 'SAFETY', '2016-10-01', 6, [0, 0, 0, 0], 0, 0],
        ['LOCAL_AUTHORITY', fx.laId, 'SAFETY', '2016-10-01', 6, [0, 0, 0, 0], 0, 0],
        ['LOCAL_AUTHORITY', fx.otherLaId, 'EDUCATION', '2016-10-01', 6, [0, 0, 0, 0], 0, 0],
        ['LOCAL_AUTHORITY', fx.otherLaId, 'MENTAL_HEALTH', '2016-10-01', 6, [0, 0, 0, 0], 0, 0],
        ['PROVIDER', provider, 'SAFETY', '2016-10-01', 6, [0, 0, 0, 0], 0, 0],
      ].sort(),
    );
    // The other LA's 7 came in April to June, a previous quarter; the home's 5 findings in July to September.
    const later = await (async () => {
      onDay(api, '2017-01-20');
      return (await commissioner.request(LiveThemesWarningsDocument, {})).data?.themeWarnings.warnings ?? [];
    })();
    expect(later.filter((w) => [fx.laId, fx.otherLaId, provider, homeId].includes(w.unitId))).toEqual([]);
    expect(errorCodes(await laManager.request(LiveThemesWarningsDocument, {}))).toEqual(['FORBIDDEN']);
  });
});
