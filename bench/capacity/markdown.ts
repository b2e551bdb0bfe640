import { PATHS, type PathName, SERVERS, type ServerName } from './servers';
import type { CapacityResult, PathSummary, ServerSummary } from './index';

const PATH_LABEL: Record<PathName, string> = {
  'my-children': '"My children" (advocate1, 40 children)',
  'la-children': "An LA manager's children list",
  child: "A child's page",
};
const SERVER_LABEL: Record<ServerName, string> = { heard: 'Heard GraphQL', raw: 'raw SQL endpoint (prepared)', postgraphile: 'PostGraphile 5 with JWT' };
/** Heard's targets against the others' median capacity. */
export const TARGETS = { heardOverRaw: 0.6, heardOverPostgraphile: 1.5 } as const;

const num = (v: number | null): string => (v === null || Number.isNaN(v) ? '–' : v.toLocaleString('en-GB'));
const met = (v: number, target: number): string => (Number.isNaN(v) ? '' : v >= target ? 'yes' : 'no');

const capacityOf = (s: ServerSummary): string => (s.medianCapacity === 0 ? `< ${num(s.lowestRateTried)}` : num(s.medianCapacity));

/** `before`: null without a "before" run (no column), undefined when it did not measure this path at this process count. */
function pathRows(workers: string, path: PathName, summary: PathSummary, before: PathSummary | null | undefined): string[] {
  const earlier = (value: string | undefined): string => (before === null ? '' : ` ${value ?? '–'} |`);
  const rows = SERVERS.map((name) => {
    const s = summary.servers[name];
    const was = before ? `${capacityOf(before.servers[name])} req/s` : undefined;
    return `| ${workers} | ${PATH_LABEL[path]} (${summary.rows} rows) | ${SERVER_LABEL[name]} |${earlier(was)} ${capacityOf(s)} req/s | ${num(s.minCapacity)}–${num(s.maxCapacity)} | ${num(s.medianServerCpuMs)} ms / ${num(s.medianPostgresCpuMs)} ms |`;
  });
  rows.push(
    `| ${workers} | ${PATH_LABEL[path]} | Heard ÷ raw (≥ ${TARGETS.heardOverRaw}) |${earlier(before ? num(before.heardOverRaw) : undefined)} ${num(summary.heardOverRaw)} | met: ${met(summary.heardOverRaw, TARGETS.heardOverRaw)} | |`,
    `| ${workers} | ${PATH_LABEL[path]} | Heard ÷ PostGraphile (≥ ${TARGETS.heardOverPostgraphile}) |${earlier(before ? num(before.heardOverPostgraphile) : undefined)} ${num(summary.heardOverPostgraphile)} | met: ${met(summary.heardOverPostgraphile, TARGETS.heardOverPostgraphile)} | |`,
  );
  return rows;
}

/** The capacity step's tables: capacity per process count, path and server, with the ratios (and the "before" run's, when given), then the profile. */
export function capacityMarkdown(c: CapacityResult, before: CapacityResult | null): string[] {
  const beforeColumn = before === null ? '' : ' Before (median) |';
  const lines = [
    '## Capacity at p95 < 50 ms (paced, open loop)',
    '',
    `Highest paced rate whose p95 (from each request's due time) stayed under ${c.p95LimitMs} ms with no errors and the generator on time; ${c.stepSeconds} s steps, ` +
      `${c.connections} connections at most, ${c.rounds} interleaved rounds (median, and min–max over rounds). CPU per request at that rate: the server's processes, then the bench database's PostgreSQL backends.`,
    '',
    `| Processes | Path | Server |${beforeColumn} Capacity (median) | Spread | Server CPU / PostgreSQL CPU per request |`,
    `| --- | --- | --- |${before === null ? '' : ' --- |'} --- | --- | --- |`,
  ];
  for (const [workers, paths] of Object.entries(c.byWorkers))
    for (const path of PATHS) lines.push(...pathRows(workers, path, paths[path], before === null ? null : before.byWorkers[workers]?.[path]));
  lines.push('');
  if (c.profile !== null) {
    const p = c.profile;
    lines.push(
      `### Where Heard's time goes ("My children", one process, ${p.rate} req/s for ${p.seconds} s, \`node --cpu-prof\`)`,
      '',
      `Self time by package (of ${num(p.totalMs)} ms sampled): ${p.selfByPackage
        .slice(0, 15)
        .map((e) => `${e.name} ${e.percent}%`)
        .join(', ')}.`,
      '',
      `Inclusive: ${Object.entries(p.inclusive)
        .map(([name, percent]) => `${name} ${percent}%`)
        .join(', ')}.`,
      '',
    );
  }
  return lines;
}
