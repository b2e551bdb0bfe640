import '../runtime-paths';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPTIONAL_903_FILES } from '@heard/domain';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { DomainException } from '../common/exceptions/domain.exception';
import type { Caller } from '../common/request/request-context';
import { sqlRow, sqlRows } from '../database/sql';
import { ImportReadsService } from '../modules/imports/import-reads.service';
import type { ImportCounts } from '../modules/imports/ssda903-import.entity';
import type { ReturnFiles } from '../modules/imports/return-reader';
import { Ssda903ImportService } from '../modules/imports/ssda903-import.service';

const USAGE =
  'Usage: npm run import:903 -- --as <LA manager email> --dir <folder with header.csv, episodes.csv and reviews.csv, and optionally missing.csv and uasc.csv>';

/** Imports a (large) SSDA903 return from disk, as an LA manager of the LA, with progress on stderr. */
async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i] ?? '', argv[i + 1] ?? '');
  const email = args.get('--as');
  const dir = args.get('--dir');
  if (email === undefined || dir === undefined || email === '' || dir === '') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  process.env['OVERDUE_CHECK_SECONDS'] = '0';
  process.env['SEED_DEMO'] ??= 'false';
  process.env['LOG_LEVEL'] ??= 'warn';
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  const dataSource = app.get(DataSource);
  try {
    const user = await sqlRow<{ id: string; role: Caller['role']; local_authority_id: string | null }>(
      dataSource,
      `SELECT id, role, local_authority_id FROM users WHERE lower(email) = lower($1) AND active`,
      [email],
    );
    if (user === undefined || user.role !== 'LA_MANAGER')
      throw new DomainException('FORBIDDEN', `${email} is not an active LA manager: an import is made for an LA manager's own LA.`);
    const caller: Caller = { userId: user.id, role: user.role, sessionId: 'cli', localAuthorityId: user.local_authority_id, advocacyProviderId: null };
    const files: ReturnFiles = { header: resolve(dir, 'header.csv'), episodes: resolve(dir, 'episodes.csv'), reviews: resolve(dir, 'reviews.csv') };
    // The optional files are imported when the folder has them.
    for (const file of OPTIONAL_903_FILES) if (existsSync(resolve(dir, `${file}.csv`))) files[file] = resolve(dir, `${file}.csv`);
    const started = Date.now();
    const progress = process.stderr.isTTY ? showProgress(dataSource, user.id) : null;
    let id: string;
    try {
      id = await app.get(Ssda903ImportService).start(caller, files, { requestId: 'cli', clientAddress: null }, { wait: true });
    } finally {
      // Before the connection closes, whatever happened: a tick after it would crash the process.
      if (progress !== null) {
        clearInterval(progress);
        process.stderr.write('\n');
      }
    }
    const result = await app.get(ImportReadsService).one(caller, id);
    process.stdout.write(
      `${JSON.stringify({ importId: id, status: result.status, seconds: (Date.now() - started) / 1000, counts: result.counts, failure: result.failure, sameFilesAs: result.sameFilesAs }, null, 2)}\n`,
    );
    if (result.sameFilesAs !== null && result.counts !== null && !changedAnything(result.counts))
      process.stderr.write(`same files as import ${result.sameFilesAs}: nothing changed\n`);
    if (result.status !== 'COMPLETED') process.exitCode = 1;
  } catch (error: unknown) {
    // A refusal (not a 903 return, not an LA manager) is the user's to fix: 2. Anything else is Heard's: 1.
    process.stderr.write(`${error instanceof DomainException ? error.message : String(error)}\n`);
    process.exitCode = error instanceof DomainException ? 2 : 1;
  } finally {
    await app.close();
  }
}

/** Rewrites one line on a terminal, once a second, with how many children are imported so far. */
function showProgress(dataSource: DataSource, userId: string): NodeJS.Timeout {
  return setInterval(() => {
    sqlRows<{ children_done: number; children_total: number }>(
      dataSource,
      `SELECT children_done, children_total FROM ssda903_imports WHERE imported_by_user_id = $1 AND status = 'RUNNING' ORDER BY started_at DESC LIMIT 1`,
      [userId],
    ).then(
      (rows) => {
        const row = rows[0];
        if (row !== undefined) process.stderr.write(`\r  ${row.children_done} of ${row.children_total} children imported`);
      },
      () => undefined, // progress is a courtesy: a failed read of it must not stop the import
    );
  }, 1000);
}

/** The counts of what an import changed. */
type ChangeCounts = Pick<ImportCounts, 'childrenCreated' | 'childrenUpdated' | 'childrenAssigned' | 'childrenQueued' | 'assignmentsEnded' | 'meetingsRecorded'>;

/** Whether an import changed any child: created or updated them, gave or ended an advocate, queued them or recorded a meeting. */
function changedAnything(counts: ChangeCounts): boolean {
  return (
    counts.childrenCreated + counts.childrenUpdated + counts.childrenAssigned + counts.childrenQueued + counts.assignmentsEnded + counts.meetingsRecorded > 0
  );
}

void main();
