import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoadOptions, LoadResult } from './load';
import { percentile, round } from './stats';

export interface PacedResult extends LoadResult {
  readonly overallRate: number;
  /** How late the generator sent its requests (p99 of send time − due time): large means it could not keep up (absent from earlier runs). */
  readonly sendLagP99Ms?: number;
  /** The latest the generator sent any request (ms after it was due) (absent from earlier runs). */
  readonly sendLagMaxMs?: number;
  /** The generator's own CPU over the run, as a share of one core (it shares the machine with the servers) (absent from earlier runs). */
  readonly generatorCpuPercent?: number;
}

/**
 * An open-loop load: `overallRate` requests a second, evenly spaced, over at most `connections`
 * kept-alive connections, whatever the server's speed. Latency runs from when a request was due, so
 * time spent waiting for a free connection counts (no coordinated omission); failed or timed-out
 * requests are counted in `errors`, not in the percentiles. autocannon's own rate
 * limit sends each second's requests in one burst, which measures the burst instead.
 */
export async function pacedLoad(options: LoadOptions & { readonly overallRate: number }): Promise<PacedResult> {
  await run({ ...options, seconds: Math.min(3, options.seconds) });
  return run(options);
}

/** One paced run with no warm-up (the capacity search warms up on its own). */
export function pacedStep(options: LoadOptions & { readonly overallRate: number }): Promise<PacedResult> {
  return run(options);
}

async function run(options: LoadOptions & { readonly overallRate: number }): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = 1000 / options.overallRate;
  const total = Math.round(options.overallRate * options.seconds);
  const latencies: number[] = [];
  const lags: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const inFlight: Array<Promise<void>> = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      lags.push(performance.now() - due);
      inFlight.push(
        send(agent, options).then(
          (status) => {
            latencies.push(performance.now() - due);
            if (status < 200 || status > 299) non2xx++;
          },
          () => {
            errors++;
          },
        ),
      );
    }
    await Promise.all(inFlight);
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requestsPerSecond: round(latencies.length / seconds, 0),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    requests: latencies.length,
    errors,
    non2xx,
    overallRate: options.overallRate,
    sendLagP99Ms: round(percentile(lags, 99)),
    sendLagMaxMs: round(Math.max(0, ...lags)),
    generatorCpuPercent: round((cpu.user + cpu.system) / 10_000 / seconds, 0),
  };
}

/** A request not answered within this counts as an error (as autocannon's own timeout does). */
const TIMEOUT_MS = 10_000;

/** One request; resolves with the status once the whole response has arrived. */
function send(agent: Agent, options: LoadOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(options.url, { agent, method: options.method ?? 'GET', headers: options.headers, timeout: TIMEOUT_MS }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(options.body);
  });
}
