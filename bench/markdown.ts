import type { CapacityResult } from './capacity';
import { capacityMarkdown } from './capacity/markdown';
import type { ImportStepResult } from './import-step';
import type { MyChildrenResult } from './my-children';
import type { PortalResult } from './portal';
import type { ReportResult } from './report';
import type { TriggersResult } from './triggers';

export interface BenchResults {
  measuredAt: string;
  machine: string;
  seed: { seconds: number; peakRssMb: number; summary: Record<string, unknown> } | null;
  myChildren: MyChildrenResult | null;
  portal: PortalResult | null;
  triggers: TriggersResult | null;
  import: ImportStepResult | null;
  report: ReportResult | null;
  /** Capacity at p95 < 50 ms on three paths for Heard, the raw endpoint and PostGraphile (absent from earlier runs). */
  capacity?: CapacityResult | null;
  /** Steps that failed, with what went wrong (the others still ran). */
  failures?: Partial<Record<string, string>>;
}

interface Row {
  measure: string;
  target: string;
  value: (r: BenchResults) => number | undefined;
  unit: string;
  met?: (v: number, r: BenchResults) => boolean;
}

/** The capacity work's targets; the closed-loop rows are kept beside the capacity table without one (see bench/README.md). */
const ROWS: Row[] = [
  { measure: 'My children (GraphQL) p95, 50 clients closed loop', target: '', value: (r) => r.myChildren?.graphql.p95Ms, unit: 'ms' },
  { measure: 'My children (GraphQL) p99, 50 clients closed loop', target: '', value: (r) => r.myChildren?.graphql.p99Ms, unit: 'ms' },
  { measure: 'My children (GraphQL) p95, 50 clients at 100 req/s in all', target: '', value: (r) => r.myChildren?.graphqlPaced?.p95Ms, unit: 'ms' },
  { measure: 'My children (GraphQL) throughput, closed loop', target: '', value: (r) => r.myChildren?.graphql.requestsPerSecond, unit: 'req/s' },
  { measure: 'My children (raw SQL endpoint) throughput', target: '', value: (r) => r.myChildren?.rawSql.requestsPerSecond, unit: 'req/s' },
  { measure: 'My children (raw SQL endpoint) p95', target: '', value: (r) => r.myChildren?.rawSql.p95Ms, unit: 'ms' },
  { measure: 'My children (raw SQL with the audit rows) throughput', target: '', value: (r) => r.myChildren?.rawSqlAudited?.requestsPerSecond, unit: 'req/s' },
  {
    measure: 'My children (raw SQL, planned per request) throughput',
    target: '',
    value: (r) => r.myChildren?.rawSqlUnprepared?.requestsPerSecond,
    unit: 'req/s',
  },
  { measure: 'GraphQL ÷ raw SQL throughput, closed loop', target: '', value: (r) => r.myChildren?.ratio, unit: '' },
  {
    measure: 'Trigger events with automatic assignment',
    target: '≥ 1,000 events/s',
    value: (r) => r.triggers?.eventsPerSecond,
    unit: 'events/s',
    met: (v) => v >= 1000,
  },
  {
    measure: 'SSDA903 import (100,000 episode rows)',
    target: '≥ 50,000 rows/s',
    value: (r) => r.import?.rowsPerSecond,
    unit: 'rows/s',
    met: (v) => v >= 50_000,
  },
  { measure: 'SSDA903 import peak memory', target: '< 400 MB', value: (r) => r.import?.peakRssMb, unit: 'MB', met: (v) => v < 400 },
  { measure: 'National annual report', target: '< 10 s', value: (r) => r.report?.seconds, unit: 's', met: (v) => v < 10 },
  { measure: 'National annual report peak memory', target: '< 512 MB', value: (r) => r.report?.peakRssMb, unit: 'MB', met: (v) => v < 512 },
  { measure: 'Portal initial JavaScript (gzip)', target: '< 150 kB', value: (r) => r.portal?.initialJsGzipKb, unit: 'kB', met: (v) => v < 150 },
  {
    measure: 'Sign in → My children shows 40 children',
    target: '< 500 ms',
    value: (r) => r.portal?.signInToListMs,
    unit: 'ms',
    met: (v) => v < 500,
  },
  { measure: 'Reload → My children shows 40 children', target: '', value: (r) => r.portal?.reloadToListMs, unit: 'ms' },
];

/** The results as a Markdown table, with the "before" run beside them when there is one. */
export function markdown(now: BenchResults, before: BenchResults | null): string {
  const show = (v: number | undefined, unit: string) => (v === undefined ? '–' : `${v.toLocaleString('en-GB')}${unit === '' ? '' : ` ${unit}`}`);
  const lines = [
    `# Heard benchmarks`,
    '',
    `Measured ${now.measuredAt} on ${now.machine}.${now.myChildren ? ` My children: ${now.myChildren.children} children, ${now.myChildren.connections} concurrent clients.` : ''}`,
    '',
    `| Measure | Target | ${before ? `Before (${before.measuredAt.slice(0, 10)}) | ` : ''}Now | Met |`,
    `| --- | --- | ${before ? '--- | ' : ''}--- | --- |`,
    ...ROWS.map((row) => {
      const v = row.value(now);
      const met = row.met === undefined || v === undefined ? '' : row.met(v, now) ? 'yes' : 'no';
      return `| ${row.measure} | ${row.target} | ${before ? `${show(row.value(before), row.unit)} | ` : ''}${show(v, row.unit)} | ${met} |`;
    }),
    '',
  ];
  if (now.myChildren) {
    lines.push(`My children p50: ${now.myChildren.graphql.p50Ms} ms (GraphQL), ${now.myChildren.rawSql.p50Ms} ms (raw SQL).`, '');
    lines.push(
      'Closed loop, every client sends its next request as soon as the last is answered, so the API is saturated and, by Little’s law, p95 is 50 clients ÷ throughput: a throughput figure, not a latency one. The capacity table below measures latency at paced rates instead.',
      `Paced at ${now.myChildren.graphqlPaced?.overallRate ?? '–'} evenly spaced requests a second in all, the same 50 clients see p50 ${now.myChildren.graphqlPaced?.p50Ms ?? '–'} ms, p95 ${now.myChildren.graphqlPaced?.p95Ms ?? '–'} ms, p99 ${now.myChildren.graphqlPaced?.p99Ms ?? '–'} ms.`,
      'The raw-SQL endpoint prepares its statement once per connection, as the API now does; the "before" run planned it on every request (the "planned per request" row measures that endpoint again). "With the audit rows" writes the 40 audit rows the API must write for every list it shows, in the same statement.',
      '',
    );
  }
  if (now.capacity) lines.push(...capacityMarkdown(now.capacity, before?.capacity ?? null));
  if (now.triggers)
    lines.push(`Triggers: ${now.triggers.events} children entering care, ${now.triggers.concurrency} at a time: ${JSON.stringify(now.triggers.outcomes)}.`, '');
  for (const [step, message] of Object.entries(now.failures ?? {})) lines.push(`**The ${step} step failed:** ${message ?? ''}`, '');
  if (now.seed) lines.push(`National dataset generated in this run: ${now.seed.seconds} s, peak ${now.seed.peakRssMb} MB.`, '');
  return `${lines.join('\n')}`;
}
