import type { ClientBase } from 'pg';
import { BulkWriter } from './bulk-insert';
import type { NationalPlan } from './model';
import type { Progress } from './progress';

type LaneWork<T> = (writer: BulkWriter, lane: number, advance: (fraction: number) => void) => Promise<T>;

/**
 * The connections rows are written on. A phase runs on one or several of them at once, each in its
 * own transaction, committed together when every lane has finished (rolled back together if one
 * fails). Several lanes keep both of PostgreSQL's cores busy while this process generates rows.
 */
export class Lanes {
  readonly counts: Record<string, number> = {};
  /** Seconds PostgreSQL spent on each table's statements (summed over lanes). */
  readonly databaseSeconds: Record<string, number> = {};
  committed = 0;

  constructor(
    private readonly clients: readonly ClientBase[],
    private readonly batchSize: number,
    private readonly progress: Progress,
  ) {}

  /**
   * Runs `work` on the first `count` lanes. A phase done in two steps passes `part` (the share of
   * the progress bar this step covers); the first step leaves the bar open for the second.
   */
  async phase<T>(name: string, count: number, work: LaneWork<T>, part: { from: number; to: number } = { from: 0, to: 1 }): Promise<T[]> {
    if (part.from === 0) this.progress.begin(name);
    const clients = this.clients.slice(0, Math.max(1, count));
    const fractions = clients.map(() => 0);
    for (const client of clients) await client.query('BEGIN');
    const writers = clients.map(
      (client) =>
        new BulkWriter(client, this.batchSize, (table, rows) => {
          this.counts[table] = (this.counts[table] ?? 0) + rows;
          this.progress.written(rows);
        }),
    );
    const results = await Promise.allSettled(
      writers.map((writer, lane) => {
        return work(writer, lane, (fraction) => {
          fractions[lane] = fraction;
          this.progress.advance(part.from + ((part.to - part.from) * fractions.reduce((a, b) => a + b, 0)) / fractions.length);
        });
      }),
    );
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    for (const writer of writers) {
      for (const [table, ms] of writer.timing) this.databaseSeconds[table] = Math.round(((this.databaseSeconds[table] ?? 0) + ms / 1000) * 10) / 10;
    }
    if (failed !== undefined) {
      for (const client of clients) await client.query('ROLLBACK').catch(() => undefined);
      throw failed.reason;
    }
    for (const client of clients) await client.query('COMMIT');
    this.committed += 1;
    if (part.to === 1) this.progress.end();
    return results.map((r) => (r as PromiseFulfilledResult<T>).value);
  }
}

/**
 * Which lane writes which children and homes: whole LAs to a lane (balanced by size), so the rows
 * one lane's foreign keys lock (the LA's children, staff and homes) are never locked by another.
 */
export function splitByLocalAuthority(plan: NationalPlan, lanes: number): { children: number[][]; homes: number[][] } {
  const load = Array.from({ length: lanes }, () => 0);
  const laneOf = new Array<number>(plan.las.length).fill(0);
  for (const la of [...plan.las].sort((a, b) => b.target - a.target || a.index - b.index)) {
    const lane = load.indexOf(Math.min(...load));
    laneOf[la.index] = lane;
    load[lane] = (load[lane] ?? 0) + la.target;
  }
  const children = load.map(() => [] as number[]);
  for (const child of plan.children) children[laneOf[child.laIndex] ?? 0]?.push(child.index);
  const homes = load.map(() => [] as number[]);
  for (const home of plan.homes) homes[laneOf[home.laIndex] ?? 0]?.push(home.index);
  return { children, homes };
}
