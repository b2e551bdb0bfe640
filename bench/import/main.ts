import { resolve } from 'node:path';
import { benchImport } from './import-bench';
import { writeLargeReturn } from './make-return';

const USAGE = `Usage: node dist/bench/import/main.js --database-url <postgres://…> [--as manager@demo.heard] [--rows 100000] [--dir tmp/import-bench] [--seed 903] [--runs 2]
Writes a return of --rows episode rows, then imports it --runs times (the second run is "the same files again").
A fresh database is migrated and seeded with the demo by the CLI (SEED_DEMO=true), so manager@demo.heard exists.`;

/** The import benchmark from the command line; prints one JSON object per run. */
async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i] ?? '', argv[i + 1] ?? '');
  const databaseUrl = args.get('--database-url') ?? process.env['DATABASE_URL'];
  if (databaseUrl === undefined || databaseUrl === '') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  process.env['SEED_DEMO'] ??= 'true';
  const dir = resolve(args.get('--dir') ?? 'tmp/import-bench');
  const rows = Number(args.get('--rows') ?? '100000');
  const written = await writeLargeReturn(dir, rows, Number(args.get('--seed') ?? '903'));
  process.stdout.write(`${JSON.stringify({ wrote: dir, ...written })}\n`);
  const runs = Number(args.get('--runs') ?? '2');
  for (let run = 1; run <= runs; run += 1) {
    const result = await benchImport({ databaseUrl, managerEmail: args.get('--as') ?? 'manager@demo.heard', dir });
    process.stdout.write(`${JSON.stringify({ run, ...result })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
