import '../runtime-paths';
import 'reflect-metadata';
import { isIsoDate } from '@heard/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { configFromProcessEnv } from '../config/config.module';
import { ConfigValidationError } from '../config/env.schema';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres';
import { nationalSeedSettings } from '../database/seed/national-seed-settings';
import { MAX_SCALE, MIN_SCALE, NationalSeedRefusal, type NationalSeedOptions, reportingWindow, seedNational } from '@heard/national-data';

const USAGE = `Usage: npm run seed:national -- [--years 5] [--seed 1] [--scale 1] [--today YYYY-MM-DD]

Generates a realistic national dataset (about 82,000 children in care across 153 LAs at --scale 1) into the
database at DATABASE_URL (or the embedded one), after running the migrations. It must not hold the national
dataset already; nothing is ever deleted. The same seed and reference date always give the same data.

  --years N        reporting years (1 April to 31 March) ending with the current one (default 5)
  --seed S         whole number from 0 to 4294967295 (default 1)
  --scale F        fraction of the national size, ${MIN_SCALE} to ${MAX_SCALE} (default 1)
  --today DATE     the reference date (default: today)
  --help           this text

Progress goes to stderr; a JSON summary (rows per table, seconds, peak memory) to stdout.`;

class UsageError extends Error {}

function parseOptions(argv: string[], today: string): NationalSeedOptions {
  const options: NationalSeedOptions = { years: 5, seed: 1, scale: 1, today };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i] ?? '';
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
    if (name === '--years') options.years = whole(name, value, 1, 20);
    else if (name === '--seed') options.seed = whole(name, value, 0, 4_294_967_295);
    else if (name === '--scale') options.scale = decimal(name, value, MIN_SCALE, MAX_SCALE);
    else if (name === '--today') options.today = date(name, value, today);
    else throw new UsageError(`Unknown option ${name}.`);
  }
  return options;
}

function whole(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}

function decimal(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value) || n < min || n > max) throw new UsageError(`${name} must be a number from ${min} to ${max} (got "${value}").`);
  return n;
}

function date(name: string, value: string, today: string): string {
  if (!isIsoDate(value)) {
    throw new UsageError(`${name} must be a real date in the form YYYY-MM-DD (got "${value}").`);
  }
  if (value > today) throw new UsageError(`${name} cannot be in the future (today is ${today}).`);
  return value;
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

/** Parses the options, finds the database (DATABASE_URL or the embedded one), migrates it and generates the dataset. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const started = performance.now();
  let options: NationalSeedOptions;
  try {
    options = parseOptions(argv, new Clock().today());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  reportingWindow(options);
  const config = configFromProcessEnv();
  if (config.nodeEnv === 'production')
    throw new NationalSeedRefusal('Refusing to generate the national dataset when NODE_ENV=production: its accounts share the demo password.');
  let embedded: EmbeddedPostgresHandle | undefined;
  const url =
    config.databaseUrl ??
    (embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      database: 'heard',
      log: (m) => process.stderr.write(`${m}\n`),
    })).url;
  // Two connections: PostgreSQL inserts on both of this machine's cores while this process generates rows.
  const clients = [1, 2].map((n) => new Client({ connectionString: url, application_name: `heard-seed-national-${n}` }));
  try {
    process.stderr.write('Running the migrations…\n');
    await migrate(url);
    for (const client of clients) await client.connect();
    const sink = { interactive: process.stderr.isTTY === true, write: (text: string) => void process.stderr.write(text) };
    const summary = await seedNational(clients, options, sink, nationalSeedSettings(config));
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`${JSON.stringify({ ...summary, seconds, peakRssMb }, null, 2)}\n`);
  } finally {
    for (const client of clients) await client.end().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof NationalSeedRefusal || error instanceof ConfigValidationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
