import autocannon from 'autocannon';
import { percentile, round } from './stats';

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/** Drives `connections` concurrent clients at the URL for `seconds`, after a short warm-up, and reports throughput and latency percentiles. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  await run({ ...options, seconds: Math.min(5, options.seconds) }, []);
  const latencies: number[] = [];
  const result = await run(options, latencies);
  return {
    requestsPerSecond: round(result.requests.total / result.duration, 0),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function run(options: LoadOptions, latencies: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
      },
      (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
