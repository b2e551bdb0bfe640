import { addDays, BANK_HOLIDAY_RULE_YEARS, createEnglandAndWalesCalendar, toDayNumber, type IsoDate } from '@heard/domain';

/** Anything that runs SQL: a TypeORM QueryRunner or EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface WorkingDayRows {
  days: IsoDate[];
  /** Working days from the first day up to and including each day. */
  counts: number[];
}

/** Every day the domain calendar covers, numbered by working days so far (weekends and bank holidays excluded). */
export function workingDayRows(): WorkingDayRows {
  const calendar = createEnglandAndWalesCalendar();
  const first = `${BANK_HOLIDAY_RULE_YEARS.firstYear}-01-01`;
  const total = toDayNumber(`${BANK_HOLIDAY_RULE_YEARS.lastYear}-12-31`) - toDayNumber(first) + 1;
  const days: IsoDate[] = [];
  const counts: number[] = [];
  let count = 0;
  for (let i = 0; i < total; i += 1) {
    const day = addDays(first, i);
    if (calendar.isWorkingDay(day)) count += 1;
    days.push(day);
    counts.push(count);
  }
  return { days, counts };
}

/**
 * Refills `working_days` from the domain calendar, the one source of working days: the report's SQL
 * reads only this table. A change to the calendar (a new one-off holiday) ships with a migration
 * that calls this again.
 */
export async function refreshWorkingDays(runner: SqlRunner): Promise<void> {
  const { days, counts } = workingDayRows();
  await runner.query(`DELETE FROM working_days`);
  await runner.query(`INSERT INTO working_days (d, n) SELECT * FROM unnest($1::date[], $2::int[])`, [days, counts]);
  await runner.query(`ANALYZE working_days`);
}
