import { createEnglandAndWalesCalendar, type StageDeadlines } from '@heard/domain';
import type { ClientBase } from 'pg';
import { writeAdvocacy, writeCare } from './care-rows';
import { writeConcerns } from './concerns';
import { at } from './days';
import { writeHomes, writeVisits } from './home-visits';
import type { IdFactory } from './ids';
import { Lanes, splitByLocalAuthority } from './lanes';
import { writeMeetings } from './meetings';
import { writeOrganisations } from './organisation-rows';
import { type NationalSeedOptions, NationalSeedRefusal, planNational, type PlannedDataset, reportingWindow } from './plan';
import { Prng } from './prng';
import { type PhaseResult, Progress, type ProgressSink } from './progress';
import { TABLES } from './tables';

export interface NationalSeedSettings {
  offerDueWorkingDays: number;
  escalationStageDays: StageDeadlines;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /**
   * The hash every generated account's password gets (they share the API's demo password), with the salt given:
   * drawn from the seed, so the same seed gives the same rows. The API passes its own hashing, so this tool
   * never imports the API.
   */
  hashAccountPassword: (salt: Uint8Array) => Promise<string>;
}

export interface NationalSeedSummary {
  seed: number;
  scale: number;
  years: number;
  referenceDate: string;
  reportingYears: string[];
  rows: Record<string, number>;
  totalRows: number;
  phases: PhaseResult[];
  /** Seconds PostgreSQL spent inserting into each table (summed over connections). */
  databaseSeconds: Record<string, number>;
  accounts: { advocate: string; advocateChildren: number; manager: string; commissioner: string; admin: string; password: string };
  shape: { localAuthorities: number; providers: number; advocates: number; homes: number; childrenInCareToday: number; awaitingAdvocateToday: number };
}

/** Where generated accounts live: their email domain marks the national dataset. */
export const NATIONAL_EMAIL_DOMAIN = '@national.heard';

/**
 * Generates the national dataset into a migrated database, phase by phase, each phase in one
 * transaction per connection (`clients`, one or more: the big phases split the children between
 * them). Refuses (NationalSeedRefusal) when the database already holds the dataset or when anything
 * it would add clashes with rows already there; it never deletes anything.
 */
export async function seedNational(
  clients: readonly ClientBase[],
  options: NationalSeedOptions,
  sink: ProgressSink,
  settings: NationalSeedSettings,
): Promise<NationalSeedSummary> {
  const main = clients[0];
  if (main === undefined) throw new Error('seedNational needs at least one connection');
  reportingWindow(options);
  await refuseIfPresent(main);
  const progress = new Progress(sink);
  progress.note(`Planning ${options.years} reporting years to ${options.today} at scale ${options.scale} (seed ${options.seed})…`);
  const planningStarted = performance.now();
  const planned = planNational(options);
  progress.note(
    `  planned ${planned.plan.children.length.toLocaleString('en-GB')} children in ${planned.plan.las.length} LAs in ${((performance.now() - planningStarted) / 1000).toFixed(1)} s`,
  );
  await refuseClashes(main, planned);
  const passwordHash = await settings.hashAccountPassword(Prng.for(options.seed, 'password-salt').bytes(16));
  const lanes = new Lanes(clients, settings.batchSize ?? 10_000, progress);
  const { plan, ids, workingDays } = planned;
  const laneIds = clients.map((_, lane) => ids.forLane(lane));
  const split = splitByLocalAuthority(plan, clients.length);
  const offerDueWorkingDays = settings.offerDueWorkingDays;
  try {
    await lanes.phase('LAs and users', 1, (writer, _, advance) => writeOrganisations(writer, plan, passwordHash, advance));
    await lanes.phase('children and care', 1, (writer, _, advance) => writeCare(writer, { plan, ids: laneIds[0] as IdFactory, advance }), { from: 0, to: 0.4 });
    await lanes.phase(
      'children and care',
      clients.length,
      (writer, lane, advance) =>
        writeAdvocacy(writer, { plan, ids: laneIds[lane] as IdFactory, advance, workingDays, offerDueWorkingDays, members: split.children[lane] ?? [] }),
      { from: 0.4, to: 1 },
    );
    const drifted = (
      await lanes.phase('meetings and actions', clients.length, (writer, lane, advance) =>
        writeMeetings(writer, plan, laneIds[lane] as IdFactory, split.children[lane] ?? [], advance),
      )
    ).flat();
    const [residents] = await lanes.phase('home visits', 1, (writer) => writeHomes(writer, plan, laneIds[0] as IdFactory), { from: 0, to: 0.1 });
    const recommendations = (
      await lanes.phase(
        'home visits',
        clients.length,
        (writer, lane, advance) => writeVisits(writer, plan, laneIds[lane] as IdFactory, residents ?? [], split.homes[lane] ?? [], advance),
        { from: 0.1, to: 1 },
      )
    ).flat();
    const calendar = createEnglandAndWalesCalendar();
    await lanes.phase('concerns', clients.length, (writer, lane, advance) =>
      writeConcerns(
        writer,
        { plan, ids: laneIds[lane] as IdFactory, calendar, workingDays, deadlines: settings.escalationStageDays, advance, members: split.children[lane] ?? [] },
        drifted,
        recommendations,
      ),
    );
  } catch (error) {
    if (lanes.committed > 0)
      progress.note('The run failed part-way: this database now holds part of the national dataset. Drop it and create it again before the next run.');
    throw error;
  }
  await main.query(`INSERT INTO audit_log (occurred_at, action, entity, details) VALUES ($1, 'national.seeded', 'database', $2)`, [
    at(plan.today, 6 * 60),
    JSON.stringify({ seed: options.seed, scale: options.scale, years: options.years, referenceDate: options.today }),
  ]);
  progress.note('Analysing the tables…');
  await main.query(
    `ANALYZE ${Object.values(TABLES)
      .map((t) => `"${t.table}"`)
      .join(', ')}`,
  );
  return { ...summarise(options, planned, lanes.counts, progress.phases), databaseSeconds: lanes.databaseSeconds };
}

async function refuseIfPresent(client: ClientBase): Promise<void> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`%${NATIONAL_EMAIL_DOMAIN}`]);
  const n = rows[0]?.n ?? 0;
  if (n > 0) {
    throw new NationalSeedRefusal(
      `This database already holds the national dataset, or part of it from a run that failed (${n} users ${NATIONAL_EMAIL_DOMAIN}). The generator only adds to a database without it and never deletes anything ` +
        `(concern_events and audit_log are append-only): create an empty database and point DATABASE_URL at it, e.g. ` +
        `psql -c 'CREATE DATABASE heard_national_2' and DATABASE_URL=postgres://…/heard_national_2.`,
    );
  }
}

async function refuseClashes(client: ClientBase, planned: PlannedDataset): Promise<void> {
  const { plan } = planned;
  const clashes = await client.query<{ what: string }>(
    `SELECT 'LA code ' || code AS what FROM local_authorities WHERE code = ANY($1::text[])
     UNION ALL SELECT 'provider ' || name FROM advocacy_providers WHERE name = ANY($2::text[])
     UNION ALL SELECT 'Ofsted URN ' || ofsted_urn FROM children_homes WHERE ofsted_urn = ANY($3::text[])`,
    [plan.las.map((la) => la.code), plan.providers.map((p) => p.name), plan.homes.map((h) => h.urn)],
  );
  if (clashes.rows.length > 0) {
    throw new NationalSeedRefusal(
      `The database already has rows the national dataset would add (${clashes.rows
        .slice(0, 5)
        .map((r) => r.what)
        .join(', ')}${clashes.rows.length > 5 ? ', …' : ''}): use an empty database.`,
    );
  }
}

function summarise(
  options: NationalSeedOptions,
  planned: PlannedDataset,
  rows: Record<string, number>,
  phases: PhaseResult[],
): Omit<NationalSeedSummary, 'databaseSeconds'> {
  const { plan } = planned;
  const showcase = plan.advocates[0];
  const openCount = plan.children.reduce((n, c) => n + c.assignments.filter((a) => a.end === null && a.advocate === 0).length, 0);
  return {
    seed: options.seed,
    scale: options.scale,
    years: options.years,
    referenceDate: options.today,
    reportingYears: planned.reportingYears.map((y) => `${y}-04-01 to ${y + 1}-03-31`),
    rows,
    totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
    phases,
    accounts: {
      advocate: showcase?.email ?? '',
      advocateChildren: openCount,
      manager: `manager1${NATIONAL_EMAIL_DOMAIN}`,
      commissioner: plan.commissioners[0]?.email ?? '',
      admin: `admin1${NATIONAL_EMAIL_DOMAIN}`,
      password: 'the demo password (README: Demo accounts)',
    },
    shape: {
      localAuthorities: plan.las.length,
      providers: plan.providers.length,
      advocates: plan.advocates.length,
      homes: plan.homes.length,
      childrenInCareToday: plan.children.filter((c) => c.periods.at(-1)?.end === null).length,
      awaitingAdvocateToday: plan.queue.filter((q) => q.resolvedOn === null).length,
    },
  };
}
