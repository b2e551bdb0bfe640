/** Types, the shared settings and the per-phase recorder of the soak. */
import { percentile, round } from '../lib/stats';

export const PHASES = ['steady', 'process-killed', 'process-recovered', 'database-restarting', 'recovered'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  readonly phase: Phase;
  readonly seconds: number;
  readonly requests: number;
  readonly ok: number;
  readonly errors: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Failed requests by kind: `HTTP 502`, `GraphQL INTERNAL_SERVER_ERROR`, `network: ECONNRESET`, … */
  readonly errorsByKind: Record<string, number>;
}

export interface WriteCheck {
  readonly acknowledged: number;
  readonly found: number;
  readonly lost: number;
  readonly lostIds: string[];
}

export interface SoakEvent {
  readonly atSeconds: number;
  readonly event: string;
}

export interface SoakResult {
  readonly measuredAt: string;
  readonly machine: string;
  readonly seconds: number;
  readonly clients: Record<'advocates' | 'laManagers' | 'commissioners', number>;
  readonly requests: number;
  readonly errors: number;
  readonly phases: PhaseResult[];
  readonly events: SoakEvent[];
  /** Seconds from the SIGKILL until the restarted process answered /health 200. */
  readonly processDownSeconds: number;
  /** Seconds from stopping PostgreSQL until both processes answered /health 200 again. */
  readonly databaseDownSeconds: number;
  readonly writes: Record<string, WriteCheck>;
  /** Mutations answered with an error or not answered: not acknowledged, so not expected in the database. */
  readonly unacknowledgedWrites: Record<string, number>;
  readonly totalWrites: WriteCheck;
  /** API processes that exited without being killed by the soak (a defect if not empty). */
  readonly unexpectedExits: string[];
  /** Per second of the run: requests answered and failed, for the timeline. */
  readonly timeline: Array<{ second: number; phase: Phase; requests: number; errors: number }>;
}

export const PASSWORD = 'demo-password';
export const ADVOCATES = ['advocate@demo.heard', 'advocate2@demo.heard'];
export const MANAGERS = ['manager@demo.heard', 'manager2@demo.heard'];
export const COMMISSIONER = 'commissioner@demo.heard';
export const PG_PORT = 54391;
export const API_PORTS = [4421, 4422] as const;
export const REQUEST_TIMEOUT_MS = 10_000;
/** Pause between one client's requests: the soak is about staying right under load, not saturating two shared cores. */
export const THINK_MS = 50;

/** Acknowledged writes by kind, and the table (and id column) each is read back from. */
export const WRITE_TABLES = {
  childView: 'child_views',
  concern: 'concerns',
  concernNote: 'concern_events',
  triggerChild: 'children',
  meeting: 'meetings',
} as const;
export type WriteKind = keyof typeof WRITE_TABLES;

export interface Outcome {
  readonly ok: boolean;
  readonly kind: string;
}

/** Counts every request's outcome into the current phase and second. */
export class Recorder {
  phase: Phase = 'steady';
  readonly events: SoakEvent[] = [];
  private started = performance.now();
  private readonly byPhase = new Map<
    Phase,
    { requests: number; ok: number; latencies: number[]; errors: Record<string, number>; startedAt: number; endedAt: number }
  >();
  private readonly seconds = new Map<number, { phase: Phase; requests: number; errors: number }>();
  readonly acknowledged = new Map<WriteKind, string[]>();
  readonly unacknowledged: Record<string, number> = {};

  /** Times from here on count from the start of the load. */
  begin(): void {
    this.started = performance.now();
  }

  elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  enter(phase: Phase, event: string): void {
    const now = this.elapsed();
    const current = this.byPhase.get(this.phase);
    if (current !== undefined) current.endedAt = now;
    this.phase = phase;
    if (!this.byPhase.has(phase)) this.byPhase.set(phase, { requests: 0, ok: 0, latencies: [], errors: {}, startedAt: now, endedAt: now });
    this.note(event);
  }

  note(event: string): void {
    this.events.push({ atSeconds: round(this.elapsed(), 1), event });
    process.stderr.write(`  [${round(this.elapsed(), 1)} s] ${event}\n`);
  }

  count(outcome: Outcome, latencyMs: number): void {
    const stats = this.byPhase.get(this.phase);
    if (stats === undefined) return;
    stats.requests++;
    const second = Math.floor(this.elapsed());
    const bucket = this.seconds.get(second) ?? { phase: this.phase, requests: 0, errors: 0 };
    bucket.requests++;
    if (outcome.ok) {
      stats.ok++;
      stats.latencies.push(latencyMs);
    } else {
      stats.errors[outcome.kind] = (stats.errors[outcome.kind] ?? 0) + 1;
      bucket.errors++;
    }
    this.seconds.set(second, bucket);
  }

  /** A mutation's answer: acknowledged with the id it returned, or counted as not acknowledged. */
  written(kind: WriteKind, outcome: Outcome, id: string | undefined): void {
    if (outcome.ok) this.acknowledge(kind, id ?? `missing id in a successful ${kind} answer`);
    else this.unacknowledged[kind] = (this.unacknowledged[kind] ?? 0) + 1;
  }

  acknowledge(kind: WriteKind, id: string): void {
    const ids = this.acknowledged.get(kind) ?? [];
    ids.push(id);
    this.acknowledged.set(kind, ids);
  }

  phases(): PhaseResult[] {
    const end = this.elapsed();
    return PHASES.flatMap((phase) => {
      const s = this.byPhase.get(phase);
      if (s === undefined) return [];
      const seconds = (phase === this.phase ? end : s.endedAt) - s.startedAt;
      return [
        {
          phase,
          seconds: round(seconds, 1),
          requests: s.requests,
          ok: s.ok,
          errors: s.requests - s.ok,
          requestsPerSecond: round(s.requests / Math.max(seconds, 0.001), 1),
          p50Ms: round(percentile(s.latencies, 50)),
          p95Ms: round(percentile(s.latencies, 95)),
          errorsByKind: s.errors,
        },
      ];
    });
  }

  timeline(): SoakResult['timeline'] {
    return [...this.seconds.entries()].sort(([a], [b]) => a - b).map(([second, s]) => ({ second, ...s }));
  }
}
