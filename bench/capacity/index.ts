import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CapacityStep, findCapacity } from '../lib/capacity';
import { cpuPerRequest, sampleCpu } from '../lib/cpu';
import { type ProfileSummary, summariseProfileIn } from '../lib/cpu-profile';
import { query } from '../lib/database';
import { MY_CHILDREN, signIn } from '../lib/graphql';
import { startHeard } from '../lib/heard-api';
import type { LoadOptions } from '../lib/load';
import { pacedStep } from '../lib/paced-load';
import { median, round } from '../lib/stats';
import {
  type Accounts,
  PATHS,
  type PathName,
  SERVERS,
  type ServerName,
  type ServerUnderTest,
  startHeardUnderTest,
  startPostgraphileUnderTest,
  startRawUnderTest,
  tokenFor,
} from './servers';

export interface CapacityOptions {
  readonly databaseUrl: string;
  readonly accounts: Omit<Accounts, 'childId'>;
  readonly workers: readonly number[];
  readonly rounds: number;
  readonly stepSeconds: number;
  readonly connections: number;
  readonly profileSeconds: number;
}

/** One capacity search's outcome (the steps are kept in the JSON). */
export interface Measured {
  readonly capacity: number;
  /** When the capacity is 0: below this rate (the lowest tried). */
  readonly lowestRateTried: number;
  readonly p95Ms: number;
  /** API (or endpoint) CPU and PostgreSQL backend CPU per request (ms) in the step at capacity. */
  readonly serverCpuMs: number | null;
  readonly postgresCpuMs: number | null;
  readonly generatorCpuPercent: number | null;
  readonly steps: readonly CapacityStep[];
}

export interface ServerSummary {
  readonly medianCapacity: number;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  /** The lowest rate any round tried (a capacity of 0 means below it). */
  readonly lowestRateTried: number;
  readonly medianServerCpuMs: number | null;
  readonly medianPostgresCpuMs: number | null;
  readonly rounds: readonly Measured[];
}

export interface PathSummary {
  readonly rows: number;
  readonly servers: Readonly<Record<ServerName, ServerSummary>>;
  /** Median capacities: Heard ÷ raw (target ≥ 0.6), Heard ÷ PostGraphile (target ≥ 1.5). */
  readonly heardOverRaw: number;
  readonly heardOverPostgraphile: number;
}

export interface CapacityResult {
  readonly p95LimitMs: number;
  readonly stepSeconds: number;
  readonly connections: number;
  readonly rounds: number;
  /** Per number of processes on every side ("1", "2"), per path. */
  readonly byWorkers: Readonly<Record<string, Readonly<Record<PathName, PathSummary>>>>;
  /** Heard (one process) profiled at 70% of its median "My children" capacity. */
  readonly profile: (ProfileSummary & { readonly rate: number; readonly seconds: number }) | null;
}

/** Where each path's search starts and how finely it bisects (req/s): an LA's list is ~1,900 children, far heavier. */
const SEARCH: Record<PathName, { startRate: number; resolution: number; minRate: number }> = {
  'my-children': { startRate: 100, resolution: 25, minRate: 10 },
  'la-children': { startRate: 20, resolution: 2, minRate: 2 },
  child: { startRate: 100, resolution: 25, minRate: 10 },
};
const MAX_RATE = 6400;
const WARMUP_SECONDS = 1;

async function backendPids(databaseUrl: string): Promise<number[]> {
  const rows = await query<{ pid: number }>(databaseUrl, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  return rows.map((row) => row.pid);
}

async function measure(sut: ServerUnderTest, path: PathName, opts: CapacityOptions): Promise<Measured> {
  const request = { ...sut.requests[path], connections: opts.connections };
  await pacedStep({ ...request, seconds: 2, overallRate: SEARCH[path].startRate });
  const result = await findCapacity(request, {
    ...SEARCH[path],
    maxRate: MAX_RATE,
    stepSeconds: opts.stepSeconds,
    warmupSeconds: WARMUP_SECONDS,
    measure: async () => {
      const before = await sampleCpu(sut.server.pid, await backendPids(opts.databaseUrl));
      return async (step) => {
        const after = await sampleCpu(sut.server.pid, await backendPids(opts.databaseUrl));
        return { ...cpuPerRequest(before, after, step.requests), generator: step.generatorCpuPercent ?? null };
      };
    },
  });
  return {
    capacity: result.capacity,
    lowestRateTried: result.lowestRateTried,
    p95Ms: result.p95Ms,
    serverCpuMs: result.atCapacity?.serverMs ?? null,
    postgresCpuMs: result.atCapacity?.postgresMs ?? null,
    generatorCpuPercent: result.atCapacity?.generator ?? null,
    steps: result.steps,
  };
}

const medianOrNull = (values: ReadonlyArray<number | null>): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length === 0 ? null : median(known);
};

function summarise(rounds: readonly Measured[]): ServerSummary {
  const capacities = rounds.map((r) => r.capacity);
  return {
    medianCapacity: median(capacities),
    minCapacity: Math.min(...capacities),
    maxCapacity: Math.max(...capacities),
    lowestRateTried: Math.min(...rounds.map((r) => r.lowestRateTried)),
    medianServerCpuMs: medianOrNull(rounds.map((r) => r.serverCpuMs)),
    medianPostgresCpuMs: medianOrNull(rounds.map((r) => r.postgresCpuMs)),
    rounds,
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : round(a / b, 2));

/** The three servers with `workers` processes each, measured path by path, server by server, round after round. */
async function interleaved(opts: CapacityOptions, jwtSecret: string, workers: number, childId: string): Promise<Record<PathName, PathSummary>> {
  const accounts = { ...opts.accounts, childId };
  const servers: ServerUnderTest[] = [];
  try {
    const heard = await startHeardUnderTest(opts.databaseUrl, jwtSecret, workers, accounts);
    servers.push(heard);
    servers.push(await startRawUnderTest(opts.databaseUrl, workers, accounts));
    const tokens = {
      advocate: await tokenFor(heard, accounts.advocate, accounts.password),
      laManager: await tokenFor(heard, accounts.laManager, accounts.password),
    };
    servers.push(await startPostgraphileUnderTest(opts.databaseUrl, jwtSecret, workers, tokens, childId));
    for (const path of PATHS) {
      const counts = servers.map((s) => `${s.name} ${s.rows[path]}`);
      if (new Set(servers.map((s) => s.rows[path])).size !== 1) throw new Error(`${path}: the servers return different rows (${counts.join(', ')})`);
    }
    const measured = new Map<string, Measured[]>();
    for (let round = 1; round <= opts.rounds; round++)
      for (const path of PATHS)
        for (const sut of servers) {
          const m = await measure(sut, path, opts);
          process.stderr.write(`  ${workers} worker(s), round ${round}, ${path}, ${sut.name}: ${m.capacity} req/s (p95 ${m.p95Ms} ms)\n`);
          measured.set(`${path}/${sut.name}`, [...(measured.get(`${path}/${sut.name}`) ?? []), m]);
        }
    const byPath = (path: PathName): PathSummary => {
      const summaries = Object.fromEntries(SERVERS.map((name) => [name, summarise(measured.get(`${path}/${name}`) ?? [])])) as Record<
        ServerName,
        ServerSummary
      >;
      return {
        rows: heard.rows[path],
        servers: summaries,
        heardOverRaw: ratio(summaries.heard.medianCapacity, summaries.raw.medianCapacity),
        heardOverPostgraphile: ratio(summaries.heard.medianCapacity, summaries.postgraphile.medianCapacity),
      };
    };
    return { 'my-children': byPath('my-children'), 'la-children': byPath('la-children'), child: byPath('child') };
  } finally {
    for (const sut of servers.reverse()) await sut.server.stop();
  }
}

/** Heard (one process) under `node --cpu-prof` at a fixed paced rate, summarised by package. */
async function profile(opts: CapacityOptions, jwtSecret: string, rate: number): Promise<CapacityResult['profile']> {
  const dir = await mkdtemp(join(tmpdir(), 'heard-cpu-prof-'));
  try {
    const nodeArgs = ['-r', './dist/bench/bench/lib/exit-on-sigterm.js', '--cpu-prof', `--cpu-prof-dir=${dir}`];
    const api = await startHeard({ databaseUrl: opts.databaseUrl, port: 4434, jwtSecret, nodeArgs });
    try {
      const request = await myChildrenRequest(api.url, opts);
      await pacedStep({ ...request, seconds: 2, overallRate: rate });
      await pacedStep({ ...request, overallRate: rate });
    } finally {
      await api.stop();
    }
    return { rate, seconds: opts.profileSeconds, ...(await summariseProfileIn(dir, opts.profileSeconds * 1000)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The "My children" request for an API already running at `url`. */
async function myChildrenRequest(url: string, opts: CapacityOptions): Promise<LoadOptions> {
  const token = await signIn(url, opts.accounts.advocate, opts.accounts.password);
  return {
    url: `${url}/graphql`,
    connections: opts.connections,
    seconds: opts.profileSeconds,
    method: 'POST',
    body: JSON.stringify({ query: MY_CHILDREN, operationName: 'MyChildren' }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
  };
}

/** One of the advocate's children (the first by id), whose page is measured. */
async function childOf(databaseUrl: string, advocate: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    databaseUrl,
    `SELECT c.id FROM children c JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL JOIN advocates adv ON adv.id = a.advocate_id
       JOIN users u ON u.id = adv.user_id WHERE u.email = $1 AND c.disposed_at IS NULL ORDER BY c.id LIMIT 1`,
    [advocate],
  );
  if (row === undefined) throw new Error(`${advocate} has no children`);
  return row.id;
}

/** Capacity at p95 < 50 ms for three paths on Heard, the raw endpoint and PostGraphile, interleaved, for each process count; then a profile. */
export async function benchCapacity(opts: CapacityOptions): Promise<CapacityResult> {
  const jwtSecret = randomBytes(32).toString('hex');
  const childId = await childOf(opts.databaseUrl, opts.accounts.advocate);
  const byWorkers: Record<string, Record<PathName, PathSummary>> = {};
  for (const workers of opts.workers) byWorkers[String(workers)] = await interleaved(opts, jwtSecret, workers, childId);
  const single = byWorkers['1'] ?? Object.values(byWorkers)[0];
  // 70% of Heard's capacity; at least 10 req/s, so there is a profile even when no step passed.
  const rate = Math.max(10, Math.round(0.7 * (single?.['my-children'].servers.heard.medianCapacity ?? 0)));
  process.stderr.write(`  profiling Heard at ${rate} req/s for ${opts.profileSeconds} s\n`);
  return {
    p95LimitMs: 50,
    stepSeconds: opts.stepSeconds,
    connections: opts.connections,
    rounds: opts.rounds,
    byWorkers,
    profile: await profile(opts, jwtSecret, rate),
  };
}
