import { BANK_HOLIDAY_SOURCE } from '@heard/domain';
import { allocate } from './allocation';
import { civil, type Day, dayOf, iso, WorkingDays } from './days';
import { planHomes } from './homes';
import { IdFactory } from './ids';
import type { NationalPlan } from './model';
import { planOrganisations } from './organisations';
import { planChildren } from './population';
import { shapeFor, type ScaleShape } from './shapes';

export interface NationalSeedOptions {
  /** Reporting years, ending with the current one. */
  years: number;
  seed: number;
  /** Fraction of the national size. */
  scale: number;
  /** The reference date (`YYYY-MM-DD`): "today" for the generated data. */
  today: string;
}

/** advocate1 ends with exactly this many children (the benchmark signs in as them). */
const SHOWCASE_CASELOAD = 40;

export class NationalSeedRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NationalSeedRefusal';
  }
}

export interface PlannedDataset {
  plan: NationalPlan;
  ids: IdFactory;
  shape: ScaleShape;
  workingDays: WorkingDays;
  reportingYears: number[];
}

/** The reporting years ending with the one `today` is in (a year runs 1 April to 31 March). */
export function reportingYears(today: Day, years: number): number[] {
  const [year, month] = civil(today);
  const current = month >= 4 ? year : year - 1;
  return Array.from({ length: years }, (_, i) => current - years + 1 + i);
}

/** The reference date, the reporting years and the day the first one starts; refuses dates the holiday calendar does not cover. */
export function reportingWindow(options: NationalSeedOptions): { today: Day; years: number[]; windowStart: Day } {
  const today = dayOf(options.today);
  const years = reportingYears(today, options.years);
  const windowStart = dayOf(`${years[0] ?? civil(today)[0]}-04-01`);
  if (civil(windowStart)[0] < BANK_HOLIDAY_SOURCE.firstYear || civil(today + 60)[0] > BANK_HOLIDAY_SOURCE.lastYear) {
    throw new NationalSeedRefusal(
      `The working-day calendar covers ${BANK_HOLIDAY_SOURCE.firstYear} to ${BANK_HOLIDAY_SOURCE.lastYear}, but ${options.years} reporting years to ${options.today} need ${iso(windowStart)} to ${iso(today + 60)}: use fewer --years.`,
    );
  }
  return { today, years, windowStart };
}

/** Everything the dataset holds, planned in memory from the seed before a row is written. */
export function planNational(options: NationalSeedOptions): PlannedDataset {
  const { today, years, windowStart } = reportingWindow(options);
  const ids = new IdFactory(options.seed);
  const shape = shapeFor(options.scale);
  const organisations = planOrganisations(options.seed, shape, windowStart, ids);
  const homes = planHomes(options.seed, shape, organisations.las, ids);
  const workingDays = new WorkingDays(windowStart - Math.ceil(19 * 365.25), today + 800);
  const children = planChildren({ seed: options.seed, today, windowStart, las: organisations.las, homes, ids, workingDays });
  const queue = allocate({
    seed: options.seed,
    today,
    las: organisations.las,
    advocates: organisations.advocates,
    children,
    ids,
    showcase: { advocate: 0, caseload: SHOWCASE_CASELOAD },
  });
  const plan: NationalPlan = { seed: options.seed, today, windowStart, ...organisations, homes: homes.homes, children, queue };
  return { plan, ids, shape, workingDays, reportingYears: years };
}
