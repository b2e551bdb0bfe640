import type { PubSubKind } from './env.schema';

/** The most API worker processes one host runs. */
export const MAX_API_WORKERS = 64;

/**
 * How many API worker processes to run (API_WORKERS): a whole number, or `auto` for one per core; unset, one process
 * and no cluster. Returns a problem to report instead when the value is neither.
 */
export function apiWorkersFrom(value: string | undefined, cores: number): number | { problem: string } {
  if (value === undefined || value.trim() === '') return 1;
  if (value.trim() === 'auto') return Math.max(1, Math.min(MAX_API_WORKERS, cores));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_API_WORKERS)
    return { problem: `API_WORKERS must be auto or a whole number from 1 to ${MAX_API_WORKERS} (got "${value}")` };
  return n;
}

/**
 * Several workers share subscriptions and session ends through PostgreSQL: PUBSUB defaults to postgres for them, and
 * an explicit PUBSUB=memory is refused (a socket on one worker would never hear of a change made on another).
 */
export function pubSubFor(workers: number, requested: PubSubKind | undefined): PubSubKind | { problem: string } {
  if (workers === 1) return requested ?? 'memory';
  if (requested === 'memory') return { problem: 'PUBSUB=memory cannot serve more than one API worker: set PUBSUB=postgres, or API_WORKERS=1' };
  return 'postgres';
}
