import type { LoadOptions } from './load';
import { type PacedResult, pacedStep } from './paced-load';

export interface CapacityStep {
  readonly rate: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly sendLagP99Ms: number;
  readonly sendLagMaxMs: number;
  readonly generatorCpuPercent: number;
  readonly passed: boolean;
}

export interface CapacityResult<Extra> {
  /** The highest paced rate that passed (req/s); 0 when none did. */
  readonly capacity: number;
  /** The lowest rate tried: when none passed, the capacity is below it. */
  readonly lowestRateTried: number;
  /** The p95 (ms, from the due time) at that rate. */
  readonly p95Ms: number;
  /** What `measure` returned around the passing step at that rate. */
  readonly atCapacity: Extra | null;
  readonly steps: readonly CapacityStep[];
}

export interface CapacitySearch<Extra> {
  /** The first rate tried (req/s); the search doubles from there until a step fails (or halves until one passes). */
  readonly startRate: number;
  /** Bisects between the last passing and the first failing rate until they are this close (req/s). */
  readonly resolution: number;
  /** When the first rate fails, halves down to no less than this (req/s). */
  readonly minRate: number;
  readonly maxRate: number;
  readonly stepSeconds: number;
  /** A paced warm-up at the step's rate before each measured step (not counted). */
  readonly warmupSeconds: number;
  /** Run around each measured step (e.g. sampling CPU): called before it, and the returned function after it with the step's result. */
  readonly measure?: () => Promise<(step: PacedResult) => Promise<Extra>>;
  /** Runs one paced step; the real open-loop generator unless a test gives another. */
  readonly run?: typeof pacedStep;
}

/** p95 from the due time under this, with no errors, and the generator sending on time. */
export const P95_LIMIT_MS = 50;
/**
 * The generator kept up when no request went out later than this share of the step after it was due, i.e. it
 * offered the step's rate. Its lateness is counted in the latencies anyway (they run from the due time).
 */
export const MAX_SEND_LAG_SHARE = 0.05;

/**
 * The highest open-loop rate the server sustains with p95 < 50 ms: paced steps at increasing rates (doubling),
 * then bisection between the last passing and first failing rate. Latency counts from each request's due time.
 */
export async function findCapacity<Extra>(request: LoadOptions, search: CapacitySearch<Extra>): Promise<CapacityResult<Extra>> {
  const steps: CapacityStep[] = [];
  const extras = new Map<number, Extra>();
  const run = search.run ?? pacedStep;
  const attempt = async (rate: number): Promise<boolean> => {
    await run({ ...request, seconds: search.warmupSeconds, overallRate: rate });
    const after = await search.measure?.();
    const result = await run({ ...request, seconds: search.stepSeconds, overallRate: rate });
    const step = stepOf(rate, result, search.stepSeconds);
    steps.push(step);
    if (step.passed && after !== undefined) extras.set(rate, await after(result));
    return step.passed;
  };
  let passing = 0;
  let failing = Number.POSITIVE_INFINITY;
  for (let rate = search.startRate; rate <= search.maxRate; rate *= 2) {
    if (!(await attempt(rate))) {
      failing = rate;
      break;
    }
    passing = rate;
  }
  if (passing === 0)
    for (let rate = Math.floor(search.startRate / 2); rate >= search.minRate; rate = Math.floor(rate / 2)) {
      if (await attempt(rate)) {
        passing = rate;
        break;
      }
      failing = rate;
    }
  while (passing > 0 && Number.isFinite(failing) && failing - passing > search.resolution) {
    const rate = Math.round((passing + failing) / 2);
    if (await attempt(rate)) passing = rate;
    else failing = rate;
  }
  const best = steps.find((s) => s.passed && s.rate === passing);
  return {
    capacity: passing,
    lowestRateTried: Math.min(...steps.map((s) => s.rate)),
    p95Ms: best?.p95Ms ?? Number.NaN,
    atCapacity: extras.get(passing) ?? null,
    steps,
  };
}

function stepOf(rate: number, result: PacedResult, seconds: number): CapacityStep {
  const sendLagP99Ms = result.sendLagP99Ms ?? 0;
  const sendLagMaxMs = result.sendLagMaxMs ?? 0;
  return {
    rate,
    p50Ms: result.p50Ms,
    p95Ms: result.p95Ms,
    errors: result.errors,
    non2xx: result.non2xx,
    sendLagP99Ms,
    sendLagMaxMs,
    generatorCpuPercent: result.generatorCpuPercent ?? 0,
    passed: result.p95Ms < P95_LIMIT_MS && result.errors === 0 && result.non2xx === 0 && sendLagMaxMs < MAX_SEND_LAG_SHARE * seconds * 1000,
  };
}
