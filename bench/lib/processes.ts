import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Server {
  readonly url: string;
  /** The process's id (with cluster workers, the primary's). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts a long-running process and waits until `healthPath` answers 200. */
export async function startServer(name: string, args: readonly string[], env: NodeJS.ProcessEnv, port: number, healthPath = '/health'): Promise<Server> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start within 120 s: ${stderr}`);
    }
    try {
      if ((await fetch(`${url}${healthPath}`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, pid: child.pid ?? Number.NaN, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface Measured {
  readonly stdout: string;
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** Runs `node <args>` to completion under GNU time, which reports the child's wall time and peak resident memory. */
export async function runMeasured(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const dir = await mkdtemp(join(tmpdir(), 'heard-bench-'));
  const timeFile = join(dir, 'time.txt');
  try {
    const child = spawn('/usr/bin/time', ['-f', '%M %e', '-o', timeFile, process.execPath, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}`);
    const [kb, seconds] = (await readFile(timeFile, 'utf8')).trim().split(/\s+/).slice(-2).map(Number);
    return { stdout, seconds: seconds ?? Number.NaN, peakRssMb: Math.round((kb ?? Number.NaN) / 1024) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The JSON object a CLI printed last on stdout. */
export function lastJson<T>(stdout: string): T {
  const start = stdout.lastIndexOf('\n{');
  return JSON.parse(stdout.slice(start === -1 ? stdout.indexOf('{') : start + 1)) as T;
}
