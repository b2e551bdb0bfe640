import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The compiled import CLI, relative to the repository root the bench runs from (build it first: `npx nx run api:build`). */
export const IMPORT_CLI = process.env['HEARD_IMPORT_CLI'] ?? 'dist/api/api/src/cli/import-ssda903.js';
const TIME = '/usr/bin/time';

export interface ImportBenchResult {
  episodeRows: number;
  /** The import's own time, as the CLI reports it (from the start of the import to its end; not the process start-up). */
  seconds: number;
  rowsPerSecond: number;
  /** Highest resident memory of the CLI process. */
  peakRssMb: number;
  /** Seconds from spawning the CLI to its exit, start-up and migrations included. */
  wallSeconds: number;
  counts: unknown;
}

interface CliOutput {
  status: string;
  seconds: number;
  counts: unknown;
  failure: string | null;
}

/**
 * Runs the built import CLI on a return as the given LA manager against `databaseUrl`, and
 * measures it. Episode rows are counted from episodes.csv (every line after the column line).
 * The database must already hold that LA manager (the demo's manager@demo.heard on a demo
 * database: set SEED_DEMO=true in the environment so a fresh database is seeded first).
 */
export async function benchImport(options: { databaseUrl: string; managerEmail: string; dir: string; env?: NodeJS.ProcessEnv }): Promise<ImportBenchResult> {
  const episodeRows = await countRows(join(options.dir, 'episodes.csv'));
  const work = await mkdtemp(join(tmpdir(), 'heard-import-bench-'));
  const timeFile = join(work, 'time.txt');
  const useTime = existsSync(TIME);
  const cli = [IMPORT_CLI, '--as', options.managerEmail, '--dir', resolve(options.dir)];
  const [command, args] = useTime ? [TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...cli]] : [process.execPath, cli];
  const started = process.hrtime.bigint();
  try {
    const child = spawn(command, args, {
      env: { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const polled = useTime ? null : pollPeakRss(child.pid);
    const code = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('close', done);
    });
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const peakKb = polled === null ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop()) : polled.stop();
    const output = parseOutput(Buffer.concat(stdout).toString('utf8'));
    if (output === null || output.status !== 'COMPLETED') {
      throw new Error(`the import CLI exited with ${String(code)}: ${output?.failure ?? Buffer.concat(stderr).toString('utf8').slice(-2000)}`);
    }
    return {
      episodeRows,
      seconds: output.seconds,
      rowsPerSecond: Math.round(episodeRows / output.seconds),
      peakRssMb: Math.round(peakKb / 1024),
      wallSeconds,
      counts: output.counts,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function parseOutput(stdout: string): CliOutput | null {
  // The CLI prints its result as indented JSON last; log lines (one JSON object each) may come before it.
  const start = stdout.lastIndexOf('{\n  "importId"');
  if (start < 0) return null;
  try {
    return JSON.parse(stdout.slice(start)) as CliOutput;
  } catch {
    return null;
  }
}

/** Without /usr/bin/time: the kernel's high-water mark of the process, read until it exits. */
function pollPeakRss(pid: number | undefined): { stop(): number } {
  let peak = 0;
  const read = () => {
    if (pid === undefined) return;
    readFile(`/proc/${pid}/status`, 'utf8')
      .then((status) => {
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        if (match !== null) peak = Math.max(peak, Number(match[1]));
      })
      .catch(() => undefined);
  };
  const timer = setInterval(read, 100);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function countRows(path: string): Promise<number> {
  const text = await readFile(path);
  let lines = 0;
  for (const byte of text) if (byte === 10) lines += 1;
  return Math.max(0, lines - 1);
}
