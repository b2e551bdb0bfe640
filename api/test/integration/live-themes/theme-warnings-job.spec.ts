import { ThemeWarningsJob } from '../../../src/modules/live-themes/theme-warnings.job';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { onDay } from '../../support/clock';
import { DEMO, startTestApp, type TestApp } from '../../support/test-app';

// The quarter October to December 2011 and the four before it, which no other suite writes to.
describe('the early-warning job tells Commissioner staff of each new warning once, with its figures', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;
  let laName: string;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, [{ cap: 10 }]);
    const db = api.dataSource;
    const rows = (await db.query(
      `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth) VALUES ($1, 'W1', 'Warning', 'Child', '2000-01-01') RETURNING id`,
      [fx.laId],
    )) as Array<{ id: string }>;
    laName = ((await db.query(`SELECT name FROM local_authorities WHERE id = $1`, [fx.laId])) as Array<{ name: string }>)[0]?.name ?? '';
    const concern = (raisedOn: string) =>
      db.query(
        `INSERT INTO concerns (child_id, local_authority_id, raised_by_user_id, what_is_wrong, child_wants, themes, raised_on, stage, status, stage_entered_on, version)
         VALUES ($1, $2, $3, 'Wrong', 'Wants', '{SIBLINGS}', $4, 'INFORMAL', 'OPEN', $4, 1)`,
        [rows[0]?.id, fx.laId, fx.advocates[0]?.userId, raisedOn],
      );
    // 2, 1, 3 and 2 in the four quarters before (mean 2, so more than 3 is needed), then 5 this quarter.
    for (const day of ['2010-10-04', '2010-11-04', '2011-02-01', '2011-04-04', '2011-05-04', '2011-06-01', '2011-08-01', '2011-09-01']) await concern(day);
    for (const day of ['2011-10-03', '2011-10-04', '2011-11-01', '2011-11-02', '2011-12-01']) await concern(day);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => api.close());

  const told = () =>
    api.dataSource.query(
      `SELECT u.email, n.kind, n.message, n.link, count(o.id)::int AS emails FROM notifications n JOIN users u ON u.id = n.user_id
         LEFT JOIN outbox_messages o ON o.notification_id = n.id WHERE n.dedupe_key = $1 GROUP BY u.email, n.kind, n.message, n.link ORDER BY u.email`,
      [`theme-warning:LOCAL_AUTHORITY:${fx.laId}:SIBLINGS:2011-10-01`],
    ) as Promise<Array<{ email: string; kind: string; message: string; link: string; emails: number }>>;

  it('does not warn before the fifth this quarter', async () => {
    onDay(api, '2011-11-15');
    await api.app.get(ThemeWarningsJob).runOnce();
    expect(await told()).toEqual([]);
  });

  it('tells every active Commissioner staff member once across two runs at once, in the app and by email', async () => {
    onDay(api, '2011-12-15');
    const job = api.app.get(ThemeWarningsJob);
    await Promise.all([job.runOnce(), job.runOnce()]);
    await job.runOnce();
    const staff = (
      (await api.dataSource.query(`SELECT email FROM users WHERE active AND role = 'COMMISSIONER_STAFF' ORDER BY email`)) as Array<{ email: string }>
    ).map((u) => u.email);
    expect(staff).toContain(DEMO.commissioner);
    const message = `Early warning: Siblings is rising at ${laName} (local authority). 5 this quarter (from 1 October 2011), against 2, 1, 3, 2 in the four quarters before (oldest first; mean 2). A warning needs at least 5 and more than 3.`;
    expect(await told()).toEqual(staff.map((email) => ({ email, kind: 'THEME_WARNING', message, link: '/commissioner/themes', emails: 1 })));
  });
});
