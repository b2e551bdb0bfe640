import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  readonly pid: number;
  readonly name: string;
  readonly parent: number;
  /** utime + stime, in ms. */
  readonly cpuMs: number;
}

async function stat(pid: number): Promise<ProcStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // "pid (name) state ppid ... utime stime ...": the name may hold spaces, so split after its closing parenthesis.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { pid, name: text.slice(text.indexOf('(') + 1, close), parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

async function allProcesses(): Promise<ProcStat[]> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map(Number);
  const stats = await Promise.all(pids.map(stat));
  return stats.filter((s): s is ProcStat => s !== undefined);
}

/**
 * CPU used so far (ms) by a server process and its descendants (cluster workers), and by the given PostgreSQL
 * backends (the bench database's, from pg_stat_activity: other databases on the server are other people's work).
 */
export interface CpuSample {
  readonly serverMs: number;
  /** Per backend pid. */
  readonly postgresMs: ReadonlyMap<number, number>;
}

export async function sampleCpu(serverPid: number, backendPids: readonly number[]): Promise<CpuSample> {
  const processes = await allProcesses();
  const tree = new Set([serverPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of processes)
      if (tree.has(p.parent) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
  }
  const serverMs = processes.filter((p) => tree.has(p.pid)).reduce((total, p) => total + p.cpuMs, 0);
  const backends = new Map(processes.filter((p) => backendPids.includes(p.pid)).map((p) => [p.pid, p.cpuMs]));
  return { serverMs, postgresMs: backends };
}

/**
 * CPU per request (ms) between two samples. A backend seen only after counts from its start (it began during the
 * step); one that exited before the second sample is missed (pools close idle connections), so PostgreSQL's figure
 * is a lower bound when backends came and went.
 */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): { serverMs: number; postgresMs: number } {
  const per = (ms: number): number => (requests === 0 ? Number.NaN : Math.round((ms / requests) * 1000) / 1000);
  let postgres = 0;
  for (const [pid, ms] of after.postgresMs) postgres += ms - (before.postgresMs.get(pid) ?? 0);
  return { serverMs: per(after.serverMs - before.serverMs), postgresMs: per(postgres) };
}
