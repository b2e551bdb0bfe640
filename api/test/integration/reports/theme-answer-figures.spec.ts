import { ReportFiguresService } from '../../../src/modules/reports/report-figures.service';
import { advocacyFixture, type AdvocacyFixture } from '../../support/advocacy-fixture';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('the annual report counts themes put to an LA and whether they were answered on time', () => {
  let api: TestApp;
  let fx: AdvocacyFixture;

  beforeAll(async () => {
    api = await startTestApp();
    fx = await advocacyFixture(api, []);
  });
  afterAll(() => api.close());

  /** A theme put on `putOn`, due on `deadline`, answered on `answeredOn` (or not). */
  async function theme(theme: string, putOn: string, deadline: string, answeredOn: string | null, la = fx.laId): Promise<void> {
    await api.dataSource.query(
      `INSERT INTO theme_requests (local_authority_id, theme, question, put_by_user_id, put_at, put_on, deadline, found, will_do, by_when, answered_at, answered_on, answered_by_user_id)
       SELECT $1, $2, 'Why?', u.id, $3::date, $3::date, $4::date,
              CASE WHEN $5::date IS NOT NULL THEN 'Found' END, CASE WHEN $5::date IS NOT NULL THEN 'Will do' END, $5::date + 30,
              $5::date, $5::date, CASE WHEN $5::date IS NOT NULL THEN u.id END
         FROM users u WHERE u.role = 'COMMISSIONER_STAFF' ORDER BY u.email LIMIT 1`,
      [la, theme, putOn, deadline, answeredOn],
    );
  }

  it('counts the reporting year’s themes per theme: on time on the deadline itself, late the day after, not answered', async () => {
    // 2024-12-02 + 20 working days, skipping Christmas Day, Boxing Day and New Year's Day, is 2025-01-02.
    await theme('SIBLINGS', '2024-12-02', '2025-01-02', '2025-01-02');
    await theme('SIBLINGS', '2024-12-02', '2025-01-02', '2025-01-03');
    await theme('SIBLINGS', '2025-03-31', '2025-04-29', null);
    await theme('EDUCATION', '2024-04-01', '2024-04-29', '2024-04-10');
    await theme('EDUCATION', '2024-03-31', '2024-04-29', '2024-04-10'); // the year before
    await theme('EDUCATION', '2025-04-01', '2025-04-30', null); // the year after
    await theme('SIBLINGS', '2024-12-02', '2025-01-02', '2025-01-02', fx.otherLaId); // another LA
    const f = await api.app.get(ReportFiguresService).figures(api.dataSource.manager, 2024, fx.laId);
    expect(f.themeAnswers).toEqual([
      { theme: 'EDUCATION', put: 1, onTime: 1, late: 0, notAnswered: 0 },
      { theme: 'SIBLINGS', put: 3, onTime: 1, late: 1, notAnswered: 1 },
    ]);
    const other = await api.app.get(ReportFiguresService).figures(api.dataSource.manager, 2024, fx.otherLaId);
    expect(other.themeAnswers).toEqual([{ theme: 'SIBLINGS', put: 1, onTime: 1, late: 0, notAnswered: 0 }]);
  });
});
