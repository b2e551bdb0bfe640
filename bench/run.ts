import './runtime-paths';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { query, tableExists } from './lib/database';
import { signIn } from './lib/graphql';
import { startHeard } from './lib/heard-api';
import { lastJson, runMeasured } from './lib/processes';
import { benchCapacity } from './capacity';
import { type BenchResults, markdown } from './markdown';
import { benchMyChildren } from './my-children';
import { benchPortal } from './portal';
import { benchReport } from './report';
import { benchTriggers } from './triggers';
import { benchImportStep } from './import-step';
import { benchSoak, soakMarkdown } from './soak/run';

const PASSWORD = 'demo-password';
const ADVOCATE = 'advocate1@national.heard';
const RESULTS = 'bench/results';
const STEPS = ['my-children', 'capacity', 'portal', 'triggers', 'import', 'report'] as const;
/** Run only when asked for (`--only soak`): minutes long, on a database of its own. */
const ON_REQUEST = ['soak'] as const;
const ALL = [...STEPS, ...ON_REQUEST] as const;
type Step = (typeof ALL)[number];
/** The soak's default length when --seconds is not given. */
const SOAK_SECONDS = 180;

interface Options {
  databaseUrl: string;
  steps: Step[];
  seconds: number;
  soakSeconds: number;
  connections: number;
  saveAs: string;
  /** Processes on every side in the capacity step (Heard's API_WORKERS, the raw endpoint's and PostGraphile's cluster). */
  workers: number[];
  rounds: number;
  stepSeconds: number;
}

const USAGE = `Usage: npm run bench -- [--only ${ALL.join(',')}] [--seconds 20 (soak: ${SOAK_SECONDS})] [--connections 50] [--save-as latest]
  [--workers 1,2] [--rounds 3] [--step-seconds 5] (capacity: processes per server, interleaved rounds, seconds per paced step)
Runs against BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/heard_national), generating
the national dataset there first if it is empty. Writes bench/results/<name>.json and .md; "before" is kept for comparison.
The soak (only with --only soak) runs on an embedded PostgreSQL of its own and writes bench/results/soak.json and .md.`;

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const steps = (value('--only')?.split(',') ?? [...STEPS]) as Step[];
  const seconds = Number(value('--seconds') ?? 20);
  const soakSeconds = Number(value('--seconds') ?? SOAK_SECONDS);
  const connections = Number(value('--connections') ?? 50);
  const saveAs = value('--save-as') ?? 'latest';
  const workers = (value('--workers') ?? '1,2').split(',').map(Number);
  const rounds = Number(value('--rounds') ?? 3);
  const stepSeconds = Number(value('--step-seconds') ?? 5);
  if (
    workers.some((n) => !Number.isInteger(n) || n < 1) ||
    !Number.isInteger(rounds) ||
    rounds < 1 ||
    !Number.isInteger(stepSeconds) ||
    stepSeconds < 1 ||
    steps.some((s) => !ALL.includes(s)) ||
    !Number.isInteger(seconds) ||
    seconds < 1 ||
    !Number.isInteger(connections) ||
    connections < 1 ||
    !/^[a-z0-9-]+$/.test(saveAs)
  ) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  return {
    databaseUrl: process.env['BENCH_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/heard_national',
    steps,
    seconds,
    soakSeconds,
    connections,
    saveAs,
    workers,
    rounds,
    stepSeconds,
  };
}

/** Generates the national dataset when the database does not hold it yet. */
async function ensureNationalData(databaseUrl: string): Promise<BenchResults['seed']> {
  if ((await tableExists(databaseUrl, 'users')) && (await query(databaseUrl, `SELECT 1 FROM users WHERE email = $1`, [ADVOCATE])).length > 0) return null;
  process.stderr.write('Generating the national dataset (npm run seed:national -- --years 5)…\n');
  const run = await runMeasured(['dist/api/api/src/cli/seed-national.js', '--years', '5'], { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' });
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, summary: lastJson<Record<string, unknown>>(run.stdout) };
}

/** An LA manager whose LA advocate1's provider does not cover, so recorded triggers never change advocate1's caseload. */
async function triggerManager(databaseUrl: string): Promise<string> {
  const [row] = await query<{ email: string }>(
    databaseUrl,
    `SELECT u.email FROM users u
      WHERE u.role = 'LA_MANAGER' AND u.active AND u.email LIKE '%@national.heard'
        AND u.local_authority_id NOT IN (SELECT pc.local_authority_id FROM provider_coverage pc JOIN advocates a ON a.advocacy_provider_id = pc.advocacy_provider_id JOIN users au ON au.id = a.user_id WHERE au.email = $1)
      ORDER BY u.email LIMIT 1`,
    [ADVOCATE],
  );
  if (row === undefined) throw new Error('No LA manager outside advocate1’s coverage');
  return row.email;
}

/** An LA manager of the LA of advocate1's first child: inside advocate1's coverage, so trigger runs never add to this list. */
async function laManager(databaseUrl: string): Promise<string> {
  const [row] = await query<{ email: string }>(
    databaseUrl,
    `SELECT m.email FROM users m
      WHERE m.role = 'LA_MANAGER' AND m.active AND m.email LIKE '%@national.heard'
        AND m.local_authority_id = (SELECT c.local_authority_id FROM children c JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL
                                      JOIN advocates adv ON adv.id = a.advocate_id JOIN users u ON u.id = adv.user_id
                                     WHERE u.email = $1 ORDER BY c.id LIMIT 1)
      ORDER BY m.email LIMIT 1`,
    [ADVOCATE],
  );
  if (row === undefined) throw new Error('No LA manager for advocate1’s first child');
  return row.email;
}

function lastCompleteReportingYear(today: Date): number {
  return today.getUTCMonth() >= 3 ? today.getUTCFullYear() - 1 : today.getUTCFullYear() - 2;
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (opts.steps.includes('soak')) await soak(opts.soakSeconds);
  if (opts.steps.every((s) => s === 'soak')) return;
  const results: BenchResults = {
    measuredAt: new Date().toISOString(),
    machine: await machine(),
    seed: await ensureNationalData(opts.databaseUrl),
    myChildren: null,
    portal: null,
    triggers: null,
    import: null,
    report: null,
    capacity: null,
  };
  await mkdir(RESULTS, { recursive: true });
  const before = await readFile(join(RESULTS, 'before.json'), 'utf8').then(
    (text) => JSON.parse(text) as BenchResults,
    () => null,
  );
  const save = async (): Promise<string> => {
    await writeFile(join(RESULTS, `${opts.saveAs}.json`), `${JSON.stringify(results, null, 2)}\n`);
    const table = markdown(results, opts.saveAs === 'before' ? null : before);
    await writeFile(join(RESULTS, `${opts.saveAs}.md`), table);
    return table;
  };
  /** Runs one step when asked for; a step that fails is recorded and the others still run. Saves after each. */
  const measure = async (name: Step, run: () => Promise<void>): Promise<void> => {
    if (!opts.steps.includes(name)) return;
    process.stderr.write(`• ${name}\n`);
    try {
      await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`  ${name} failed: ${message}\n`);
      results.failures = { ...results.failures, [name]: message.slice(0, 2000) };
    }
    await save();
  };

  const api = await startHeard({ databaseUrl: opts.databaseUrl, port: 4411, jwtSecret: randomBytes(32).toString('hex') });
  try {
    await measure('my-children', async () => {
      results.myChildren = await benchMyChildren(
        api.url,
        await signIn(api.url, ADVOCATE, PASSWORD),
        ADVOCATE,
        opts.databaseUrl,
        opts.connections,
        opts.seconds,
      );
    });
    await measure('capacity', async () => {
      results.capacity = await benchCapacity({
        databaseUrl: opts.databaseUrl,
        accounts: { advocate: ADVOCATE, laManager: await laManager(opts.databaseUrl), password: PASSWORD },
        workers: opts.workers,
        rounds: opts.rounds,
        stepSeconds: opts.stepSeconds,
        connections: opts.connections,
        profileSeconds: 10,
      });
    });
    await measure('portal', async () => {
      results.portal = await benchPortal(api.url, ADVOCATE, PASSWORD, 40, 5);
    });
    await measure('triggers', async () => {
      results.triggers = await benchTriggers(
        api.url,
        await signIn(api.url, await triggerManager(opts.databaseUrl), PASSWORD),
        1000,
        10,
        Date.now().toString(36),
      );
    });
  } finally {
    await api.stop();
  }
  await measure('import', async () => {
    results.import = await benchImportStep(opts.databaseUrl);
  });
  await measure('report', async () => {
    results.report = await benchReport(opts.databaseUrl, lastCompleteReportingYear(new Date()));
  });
  const table = await save();
  process.stdout.write(`\n${table}\nWritten to ${RESULTS}/${opts.saveAs}.json and .md\n`);
  if (results.failures !== undefined) process.exitCode = 1;
}

/** The soak on its own database; writes bench/results/soak.json and .md. */
async function soak(seconds: number): Promise<void> {
  process.stderr.write(`• soak (${seconds} s)\n`);
  const result = await benchSoak(seconds, await machine());
  await mkdir(RESULTS, { recursive: true });
  await writeFile(join(RESULTS, 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
  const text = soakMarkdown(result);
  await writeFile(join(RESULTS, 'soak.md'), text);
  process.stdout.write(`\n${text}\nWritten to ${RESULTS}/soak.json and .md\n`);
}

async function machine(): Promise<string> {
  const os = await import('node:os');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
