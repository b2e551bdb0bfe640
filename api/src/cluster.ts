import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from './config/env.schema';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';

/** What a worker tells the primary once it listens. */
export interface WorkerReady {
  kind: 'heard-worker-ready';
  url: string;
  servesPortal: boolean;
}

function isReady(message: unknown): message is WorkerReady {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'heard-worker-ready';
}

/** Tells the primary this worker is serving (a no-op outside a cluster). */
export function announceReady(ready: Omit<WorkerReady, 'kind'>): void {
  if (cluster.isWorker) process.send?.({ kind: 'heard-worker-ready', ...ready } satisfies WorkerReady);
}

const log = (message: string): void => void process.stdout.write(`[cluster] ${message}\n`);

/**
 * The primary of `API_WORKERS` API processes sharing one port (Node's cluster hands each connection to a worker in
 * turn). It starts the embedded PostgreSQL itself when no DATABASE_URL is set, and gives every worker the same
 * database, JWT secret (a generated one too, so a token works on any worker) and PUBSUB=postgres. The first worker
 * migrates and seeds before the others start; a worker that dies is started again; SIGTERM or SIGINT stops them all.
 */
export async function superviseWorkers(config: AppConfig, banner: (ready: WorkerReady) => void): Promise<void> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === undefined) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'heard', log });
    databaseUrl = embedded.url;
  }
  const env = { DATABASE_URL: databaseUrl, JWT_SECRET: config.jwtSecret, PUBSUB: 'postgres', API_WORKERS: String(config.apiWorkers) };
  let stopping = false;
  const readyIds = new Set<number>();
  const fork = (): Worker => cluster.fork(env);
  const started = (worker: Worker): Promise<WorkerReady> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`API worker ${worker.id} exited (code ${String(code)}) before it was ready`));
      worker.once('exit', onExit);
      worker.on('message', (message: unknown) => {
        if (!isReady(message)) return;
        worker.off('exit', onExit);
        readyIds.add(worker.id);
        resolve(message);
      });
    });
  // From the first fork: a worker that stops once it served (or while the others start) is replaced.
  cluster.on('exit', (worker, code, signal) => {
    if (stopping || !readyIds.has(worker.id)) return;
    log(`API worker ${worker.process.pid ?? '?'} stopped (${signal ?? `code ${String(code)}`}); starting another`);
    setTimeout(() => stopping || void started(fork()).catch((error: unknown) => log(String(error))), 1000).unref();
  });
  try {
    // One at a time: the first applies the migrations and seeds; the rest find the database ready.
    let ready: WorkerReady | undefined;
    for (let i = 0; i < config.apiWorkers; i++) ready = await started(fork());
    if (ready !== undefined) banner(ready);
    log(
      `${config.apiWorkers} API workers serving (process ids ${Object.values(cluster.workers ?? {})
        .map((w) => w?.process.pid)
        .join(', ')})`,
    );
  } catch (error) {
    await stopAll(embedded);
    throw error;
  }
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    log('stopping the API workers');
    void stopAll(embedded).then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Asks every worker to shut down (each closes its connections), waits up to 10 s, then stops the embedded database. */
async function stopAll(embedded: EmbeddedPostgresHandle | undefined): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => worker.process.kill('SIGKILL'), 10_000);
          worker.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.process.kill('SIGTERM');
        }),
    ),
  );
  await embedded?.stop();
}
