import { type SoakResult } from './recorder';
export const n = (value: number): string => value.toLocaleString('en-GB');

export function soakMarkdown(r: SoakResult): string {
  const kinds = (errors: Record<string, number>): string =>
    Object.entries(errors)
      .sort(([, a], [, b]) => b - a)
      .map(([k, v]) => `${k}: ${n(v)}`)
      .join(', ') || '–';
  return [
    '# Heard soak test',
    '',
    `Measured ${r.measuredAt} on ${r.machine}: ${r.seconds} s, ${r.clients.advocates} advocate, ${r.clients.laManagers} LA manager and ${r.clients.commissioners} Commissioner clients against two API processes behind a round-robin proxy.`,
    '',
    `${n(r.requests)} requests, ${n(r.errors)} failed. API process 2 killed (SIGKILL) and back after ${r.processDownSeconds} s; PostgreSQL stopped and both processes healthy again after ${r.databaseDownSeconds} s.`,
    '',
    '| Phase | Seconds | Requests | Req/s | Failed | p50 | p95 | Errors by kind |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...r.phases.map(
      (p) =>
        `| ${p.phase} | ${p.seconds} | ${n(p.requests)} | ${p.requestsPerSecond} | ${n(p.errors)} | ${p.p50Ms} ms | ${p.p95Ms} ms | ${kinds(p.errorsByKind)} |`,
    ),
    '',
    `Acknowledged ${n(r.totalWrites.acknowledged)} writes; ${n(r.totalWrites.found)} found; ${n(r.totalWrites.lost)} lost. ${n(Object.values(r.unacknowledgedWrites).reduce((a, b) => a + b, 0))} writes were answered with an error (not acknowledged, not counted as lost).`,
    '',
    '| Write | Acknowledged | Found | Lost | Answered with an error |',
    '| --- | --- | --- | --- | --- |',
    ...Object.entries(r.writes).map(
      ([kind, w]) => `| ${kind} | ${n(w.acknowledged)} | ${n(w.found)} | ${n(w.lost)} | ${n(r.unacknowledgedWrites[kind] ?? 0)} |`,
    ),
    ...(r.totalWrites.lostIds.length === 0 ? [] : ['', `Lost (first 20): ${r.totalWrites.lostIds.join(', ')}`]),
    '',
    r.unexpectedExits.length === 0 ? 'No API process exited on its own.' : `API processes that exited on their own: ${r.unexpectedExits.join('; ')}`,
    '',
    'Events (seconds from the start of the load):',
    ...r.events.map((e) => `- ${e.atSeconds} s: ${e.event}`),
    '',
  ].join('\n');
}
