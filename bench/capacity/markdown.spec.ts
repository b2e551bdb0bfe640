import type { CapacityResult, PathSummary, ServerSummary } from './index';
import { capacityMarkdown } from './markdown';

function server(capacity: number): ServerSummary {
  return {
    medianCapacity: capacity,
    minCapacity: capacity,
    maxCapacity: capacity,
    lowestRateTried: 12,
    medianServerCpuMs: 1.5,
    medianPostgresCpuMs: 0.5,
    rounds: [],
  };
}

function path(heard: number, raw: number, postgraphile: number): PathSummary {
  return {
    rows: 40,
    servers: { heard: server(heard), raw: server(raw), postgraphile: server(postgraphile) },
    heardOverRaw: heard / raw,
    heardOverPostgraphile: heard / postgraphile,
  };
}

function result(byWorkers: CapacityResult['byWorkers']): CapacityResult {
  return { p95LimitMs: 50, stepSeconds: 5, connections: 50, rounds: 3, byWorkers, profile: null };
}

const paths = (heard: number) => ({ 'my-children': path(heard, 1000, 400), 'la-children': path(0, 20, 10), child: path(heard, 2000, 400) });
/** The table's rows for "My children", one process. */
const myChildrenRows = (lines: string[]) => lines.filter((line) => line.startsWith('| 1 | "My children"'));

describe('capacityMarkdown', () => {
  it('shows one capacity column without a "before" run', () => {
    const lines = capacityMarkdown(result({ '1': paths(600) }), null);
    expect(lines).toContain('| Processes | Path | Server | Capacity (median) | Spread | Server CPU / PostgreSQL CPU per request |');
    expect(myChildrenRows(lines)).toEqual([
      '| 1 | "My children" (advocate1, 40 children) (40 rows) | Heard GraphQL | 600 req/s | 600–600 | 1.5 ms / 0.5 ms |',
      '| 1 | "My children" (advocate1, 40 children) (40 rows) | raw SQL endpoint (prepared) | 1,000 req/s | 1,000–1,000 | 1.5 ms / 0.5 ms |',
      '| 1 | "My children" (advocate1, 40 children) (40 rows) | PostGraphile 5 with JWT | 400 req/s | 400–400 | 1.5 ms / 0.5 ms |',
      '| 1 | "My children" (advocate1, 40 children) | Heard ÷ raw (≥ 0.6) | 0.6 | met: yes | |',
      '| 1 | "My children" (advocate1, 40 children) | Heard ÷ PostGraphile (≥ 1.5) | 1.5 | met: yes | |',
    ]);
  });

  it('puts the "before" run beside each server and ratio, and a dash where it did not measure', () => {
    const lines = capacityMarkdown(result({ '1': paths(600), '2': paths(900) }), result({ '1': paths(300) }));
    expect(lines).toContain('| Processes | Path | Server | Before (median) | Capacity (median) | Spread | Server CPU / PostgreSQL CPU per request |');
    expect(myChildrenRows(lines)[0]).toBe(
      '| 1 | "My children" (advocate1, 40 children) (40 rows) | Heard GraphQL | 300 req/s | 600 req/s | 600–600 | 1.5 ms / 0.5 ms |',
    );
    expect(myChildrenRows(lines)[3]).toBe('| 1 | "My children" (advocate1, 40 children) | Heard ÷ raw (≥ 0.6) | 0.3 | 0.6 | met: yes | |');
    expect(lines).toContain('| 2 | "My children" (advocate1, 40 children) (40 rows) | Heard GraphQL | – | 900 req/s | 900–900 | 1.5 ms / 0.5 ms |');
    expect(lines).toContain("| 1 | An LA manager's children list (40 rows) | Heard GraphQL | < 12 req/s | < 12 req/s | 0–0 | 1.5 ms / 0.5 ms |");
  });
});
