import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { round } from './stats';

/** The parts of a V8 `.cpuprofile` (as `node --cpu-prof` writes it) the summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time in all (ms). */
  readonly totalMs: number;
  /** Self time by package, share of all sampled time (%), largest first. */
  readonly selfByPackage: ReadonlyArray<{ readonly name: string; readonly percent: number }>;
  /** Time in a framework's functions and everything they called (%), without counting a nested call twice. */
  readonly inclusive: Readonly<Record<string, number>>;
}

/** The frameworks whose inclusive time the summary reports. */
export const FRAMEWORKS = ['express', '@apollo/server', 'body-parser', 'pino-http', 'graphql-jit', 'graphql', 'pg', '@nestjs/core'] as const;

/** Where a frame's code lives: a package (node_modules/<name> or @scope/name), Heard's own code, Node's internals, or V8's pseudo-frames. */
export function packageOf(frame: { functionName: string; url: string }): string {
  const url = frame.url;
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') === true ? `${first}/${second ?? ''}` : (first ?? '(unknown)');
  }
  if (/\/(api|libs|tools)\//.test(url)) return 'Heard (api/, libs/, tools/)';
  return '(other)';
}

/** Summarises the samples of the profile's last `windowMs` (all when undefined): the load, not the process's start-up. */
export function summariseProfile(profile: CpuProfile, windowMs?: number): ProfileSummary {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const at: number[] = [];
  profile.timeDeltas.reduce((elapsed, delta, i) => (at[i] = elapsed + delta / 1000), 0);
  const from = windowMs === undefined ? Number.NEGATIVE_INFINITY : (at[at.length - 1] ?? 0) - windowMs;
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if ((at[i] ?? 0) > from) selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const totalMs = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (node === undefined) continue;
    const own = packageOf(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + ms);
    // Each sample counts once for every framework on its stack.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame !== undefined) onStack.add(packageOf(frame));
    }
    for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
  const percent = (ms: number): number => (totalMs === 0 ? 0 : round((100 * ms) / totalMs));
  return {
    totalMs: round(totalMs, 0),
    selfByPackage: [...self].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, percent: percent(ms) })),
    inclusive: Object.fromEntries(FRAMEWORKS.map((name) => [name, percent(inclusive.get(name) ?? 0)])),
  };
}

/** Reads the one `.cpuprofile` in a folder (the API's, written when it exits) and summarises its last `windowMs`. */
export async function summariseProfileIn(dir: string, windowMs?: number): Promise<ProfileSummary> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`No .cpuprofile in ${dir}`);
  const [first] = files.sort();
  return summariseProfile(JSON.parse(await readFile(join(dir, first ?? ''), 'utf8')) as CpuProfile, windowMs);
}
