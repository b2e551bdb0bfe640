import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from './lib/database';
import { benchImport } from './import/import-bench';
import { writeLargeReturn } from './import/make-return';
import { round } from './lib/stats';

export interface ImportStepResult {
  readonly episodeRows: number;
  readonly children: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakRssMb: number;
  /** The same files imported again: nothing changes. */
  readonly sameFilesAgainSeconds: number;
}

const EPISODE_ROWS = 100_000;

/**
 * An LA's 100,000-row episodes file imported by the CLI into a database of its own (migrated and seeded
 * with the demo LA, whose manager imports), so every run starts from the same state; then the same files again.
 * The return's folder is not named like an upload's (`heard-903-`): the CLI sweeps those when their process has gone.
 */
export async function benchImportStep(serverUrl: string): Promise<ImportStepResult> {
  const databaseUrl = await freshDatabase(serverUrl, 'heard_bench_import');
  const dir = await mkdtemp(join(tmpdir(), 'heard-bench-return-'));
  try {
    const written = await writeLargeReturn(dir, EPISODE_ROWS, 1);
    const first = await benchImport({ databaseUrl, managerEmail: 'manager@demo.heard', dir, env: { SEED_DEMO: 'true' } });
    const again = await benchImport({ databaseUrl, managerEmail: 'manager@demo.heard', dir, env: { SEED_DEMO: 'true' } });
    return {
      episodeRows: first.episodeRows,
      children: written.children,
      seconds: round(first.seconds, 2),
      rowsPerSecond: Math.round(first.rowsPerSecond),
      peakRssMb: first.peakRssMb,
      sameFilesAgainSeconds: round(again.seconds, 2),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
