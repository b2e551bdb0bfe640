import { findCapacity } from './capacity';
import type { PacedResult } from './paced-load';

/** A fake server: p95 10 ms up to `limit` req/s, 80 ms above; records the rates it was asked for. */
function fakeServer(limit: number, rates: number[]) {
  return (options: { overallRate: number; seconds: number }): Promise<PacedResult> => {
    rates.push(options.overallRate);
    const p95Ms = options.overallRate <= limit ? 10 : 80;
    return Promise.resolve({
      requestsPerSecond: options.overallRate,
      p50Ms: 2,
      p95Ms,
      p99Ms: p95Ms,
      requests: options.overallRate * options.seconds,
      errors: 0,
      non2xx: 0,
      overallRate: options.overallRate,
      sendLagP99Ms: 1,
      sendLagMaxMs: 2,
      generatorCpuPercent: 5,
    });
  };
}

const request = { url: 'http://127.0.0.1:1/', connections: 50, seconds: 1 };
const search = { startRate: 100, resolution: 25, minRate: 10, maxRate: 6400, stepSeconds: 2, warmupSeconds: 1 };

describe('findCapacity', () => {
  it('doubles until a step fails, then bisects to the resolution', async () => {
    const rates: number[] = [];
    const result = await findCapacity(request, { ...search, run: fakeServer(330, rates) });
    // Each attempt is a warm-up then the measured step at the same rate.
    expect(rates.filter((_, i) => i % 2 === 1)).toEqual([100, 200, 400, 300, 350, 325]);
    expect(result.capacity).toBe(325);
    expect(result.p95Ms).toBe(10);
    expect(result.steps.map((s) => s.passed)).toEqual([true, true, false, true, false, true]);
  });

  it('halves down to the floor when the first rate fails, and reports the lowest rate tried', async () => {
    const rates: number[] = [];
    const result = await findCapacity(request, { ...search, run: fakeServer(5, rates) });
    expect(rates.filter((_, i) => i % 2 === 1)).toEqual([100, 50, 25, 12]);
    expect(result.capacity).toBe(0);
    expect(result.lowestRateTried).toBe(12);
  });

  it('fails a step whose generator fell behind, whatever its p95', async () => {
    const late = (options: { overallRate: number; seconds: number }): Promise<PacedResult> =>
      fakeServer(10_000, [])(options).then((r) => ({ ...r, sendLagMaxMs: options.overallRate >= 800 ? 500 : 2 }));
    const result = await findCapacity(request, { ...search, run: late });
    expect(result.capacity).toBe(775);
  });
});
