import { createEnglandAndWalesCalendar } from '@heard/domain';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../support/test-app';

/** The report counts working days only from `working_days`; it must be the domain calendar, every year. */
describe('the working_days table is the domain calendar from 1970 to 2200', () => {
  let api: TestApp;
  const calendar = createEnglandAndWalesCalendar();

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('has one row for every day from 1970-01-01 to 2200-12-31', async () => {
    const rows = (await api.app.get(DataSource).query(`SELECT min(d)::text AS first, max(d)::text AS last, count(*)::int AS days FROM working_days`)) as Array<{
      first: string;
      last: string;
      days: number;
    }>;
    expect(rows).toEqual([{ first: '1970-01-01', last: '2200-12-31', days: 84_371 }]);
  });

  it.each([1970, 1977, 1998, 1999, 2022, 2023, 2027, 2028, 2035, 2099, 2200])('working days in %i are exactly the domain calendar’s', async (year) => {
    const rows = (await api.app.get(DataSource).query(
      `SELECT w.d::text AS d, w.n - coalesce(p.n, 0) AS counted
           FROM working_days w LEFT JOIN working_days p ON p.d = w.d - 1
          WHERE w.d BETWEEN $1::date AND $2::date ORDER BY w.d`,
      [`${year}-01-01`, `${year}-12-31`],
    )) as Array<{ d: string; counted: number }>;
    const sqlWorkingDays = rows.filter((row) => row.counted === 1).map((row) => row.d);
    expect(rows.every((row) => row.counted === 0 || row.counted === 1)).toBe(true);
    const domainWorkingDays = rows.map((row) => row.d).filter((d) => calendar.isWorkingDay(d));
    expect(rows).toHaveLength(year % 4 === 0 && year !== 2100 && year !== 2200 ? 366 : 365);
    expect(sqlWorkingDays).toEqual(domainWorkingDays);
  });

  it('counts working days between dates as the domain does, across the published years’ end', async () => {
    const rows = (await api.app
      .get(DataSource)
      .query(`SELECT (SELECT n FROM working_days WHERE d = '2028-01-04') - (SELECT n FROM working_days WHERE d = '2027-12-02') AS n`)) as Array<{ n: number }>;
    expect(rows).toEqual([{ n: 20 }]);
    expect(calendar.workingDaysBetween('2027-12-02', '2028-01-04')).toBe(20);
  });
});
