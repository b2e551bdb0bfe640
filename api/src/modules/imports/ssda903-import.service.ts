import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { type BatchContext, importBatch } from './batch-import';
import { BatchOwnersProvider } from './batch-owners.service';
import { type ChildOutcome, type ChildPlan, type OptionalFilesGiven, planChild } from './child-plan';
import { readRows } from './csv-rows';
import { ImportLiveness } from './import-liveness.service';
import { type Findings, ImportedRows } from './import-findings';
import { type ChildReturn, optionalFilesOf, readReturn, type ReturnFiles } from './return-reader';
import type { ImportCounts } from './ssda903-import.entity';
import { Ssda903ImportsRepository } from './ssda903-imports.repository';

/** The LA's reviewing-officer record that imported reviews name as their chair. */
const REVIEWER = 'Independent reviewing officer (SSDA903 return)';

/** Children per transaction (about 5,000 episode rows): big enough for set-based statements to pay, small enough to hold locks briefly. */
const BATCH_CHILDREN = 2500;
/** Batches in their own transactions at the same time (PostgreSQL works on one while Node plans the other, or both). */
const BATCHES_AT_ONCE = 2;

type BatchResult = { outcome: ChildOutcome } | { failed: ChildPlan };
interface InFlight {
  size: number;
  results: Promise<BatchResult[]>;
}

/** Imports an LA's SSDA903 return: refuses files that are not 903 files, then imports every good row and reports the rest. */
@Injectable()
export class Ssda903ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: AssignmentEngine,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
    private readonly liveness: ImportLiveness,
    private readonly imports: Ssda903ImportsRepository,
    private readonly owners: BatchOwnersProvider,
  ) {
    this.logger.setContext(Ssda903ImportService.name);
  }

  /**
   * Checks the files are 903 files (refusing them as a whole, with nothing written) and starts the import; returns its id.
   * `cleanup` (removing an upload's folder) runs once the files are no longer needed, whatever happens: refused, failed or done.
   */
  async start(caller: Caller, files: ReturnFiles, meta: RequestMeta, options: { wait: boolean; cleanup?: () => Promise<void> }): Promise<string> {
    const cleanup = options.cleanup ?? (() => Promise.resolve());
    let started = false;
    try {
      const id = await this.begin(caller, files, meta);
      started = true;
      this.liveness.track(id);
      const run = this.run(id, caller, files, meta).finally(async () => {
        this.liveness.untrack(id);
        await cleanup();
      });
      if (options.wait) await run;
      else void run.catch((error: unknown) => this.logger.error({ err: error, importId: id }, 'ssda903 import: could not record its end'));
      return id;
    } finally {
      if (!started) await cleanup();
    }
  }

  /** Refuses files that are not 903 files, then records the import as RUNNING, claimed by this process. */
  private async begin(caller: Caller, files: ReturnFiles, meta: RequestMeta): Promise<string> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden('Only an LA manager can import their own LA’s return.');
    const localAuthorityId = caller.localAuthorityId;
    const given = [
      { file: 'header' as const, path: files.header },
      { file: 'episodes' as const, path: files.episodes },
      { file: 'reviews' as const, path: files.reviews },
      ...optionalFilesOf(files),
    ];
    for (const { file, path } of given) {
      // The column line is checked before the first rows are given: stop there.
      for await (const rows of readRows(path, file)) {
        void rows;
        break;
      }
    }
    const checksum = await checksumOf(files);
    return inTransaction(this.dataSource, async (manager) => {
      const importId = await this.imports.start(manager, { localAuthorityId, importedByUserId: caller.userId, checksum, claimedBy: this.liveness.processId });
      await this.audit.record(manager, {
        actor: caller,
        action: 'ssda903.import_started',
        entity: 'local_authority',
        entityId: localAuthorityId,
        meta,
        details: { importId },
      });
      return importId;
    });
  }

  private async run(importId: string, caller: Caller, files: ReturnFiles, meta: RequestMeta): Promise<void> {
    const localAuthorityId = caller.localAuthorityId ?? '';
    try {
      const { children, rejections, skipped, rowsRead, read } = await readReturn(files);
      const optional = optionalFilesOf(files).map((o) => o.file);
      const given: OptionalFilesGiven = { missing: optional.includes('missing'), uasc: optional.includes('uasc') };
      const findings: Findings = { rejections, skipped, warnings: [] };
      const imported = new ImportedRows(findings);
      await this.imports.setTotal(this.dataSource, importId, children.size);
      const context: BatchContext = {
        localAuthorityId,
        userId: caller.userId,
        userRole: caller.role,
        reviewerStaffId: await this.owners.staff.findOrCreateTeamManager(this.dataSource, localAuthorityId, REVIEWER),
        importId,
        importedOn: this.clock.today(),
        requestId: meta.requestId,
        clientAddress: meta.clientAddress,
        owners: this.owners.batch,
      };
      const counts = countsOf(rowsRead);
      const assigned: string[] = [];
      let done = 0;
      const settle = async (next: InFlight | undefined): Promise<void> => {
        if (next === undefined) return;
        for (const result of await next.results) {
          if ('failed' in result) imported.failed(result.failed);
          else {
            imported.add(result.outcome);
            addOutcome(counts, result.outcome);
            if (result.outcome.assigned) assigned.push(result.outcome.childId);
          }
        }
        done += next.size;
        await this.imports.setDone(this.dataSource, importId, done);
      };
      const inFlight: InFlight[] = [];
      let turn: Promise<unknown> = Promise.resolve();
      for (const batch of batchesOf(children, given, BATCH_CHILDREN)) {
        const results = this.importIsolated(batch, context, turn);
        turn = results;
        inFlight.push({ size: batch.length, results });
        if (inFlight.length >= BATCHES_AT_ONCE) await settle(inFlight.shift());
      }
      while (inFlight.length > 0) await settle(inFlight.shift());
      if (counts.assignmentsEnded > 0) await inTransaction(this.dataSource, (manager) => this.engine.drainQueue(manager, this.clock.today()));
      counts.rowsRejected = rejections.length;
      counts.rowsSkipped = skipped.length;
      counts.warnings = findings.warnings.length;
      counts.offersDue = await this.owners.offers.openDueOf(this.dataSource, assigned);
      counts.files = imported.totals(read, optional, (problem) => this.logger.error({ importId }, `ssda903 import: rows unaccounted for: ${problem}`));
      // The audit's details are flat: the per-file totals are stored with the import.
      const { files: perFile, offersDue, ...flat } = counts;
      void perFile;
      void offersDue;
      await inTransaction(this.dataSource, async (manager) => {
        await this.imports.saveFindings(manager, importId, findings);
        await this.imports.complete(manager, importId, done, counts);
        await this.audit.record(manager, {
          actor: caller,
          action: 'ssda903.import_completed',
          entity: 'local_authority',
          entityId: localAuthorityId,
          meta,
          details: { importId, ...flat },
        });
      });
    } catch (error: unknown) {
      const failure =
        error instanceof DomainException ? error.message : 'The import stopped because of a problem in Heard. Children imported before it stopped are kept.';
      if (!(error instanceof DomainException)) this.logger.error({ err: error, importId }, 'ssda903 import failed');
      await this.imports.fail(this.dataSource, importId, failure);
    }
  }

  /**
   * Imports a batch in one transaction, its advocates given once `turn` (the batch before) is done. If it fails, each half is tried on its own, and so on down
   * to single children: a child that still fails is rejected (nothing of theirs changed) and every
   * other child of the batch is imported, in file order.
   */
  private async importIsolated(plans: readonly ChildPlan[], context: BatchContext, turn: Promise<unknown>): Promise<BatchResult[]> {
    try {
      const outcomes = await inTransaction(this.dataSource, (manager) => importBatch(manager, plans, context, turn));
      return outcomes.map((outcome) => ({ outcome }));
    } catch (error: unknown) {
      const [only] = plans;
      if (plans.length === 1 && only !== undefined) {
        this.logger.error({ err: error, importId: context.importId, child: only.ref }, 'a child could not be imported');
        return [{ failed: only }];
      }
      const half = Math.ceil(plans.length / 2);
      const first = this.importIsolated(plans.slice(0, half), context, turn);
      return [...(await first), ...(await this.importIsolated(plans.slice(half), context, first))];
    }
  }
}

/** The children in file order, planned a batch at a time; each batch leaves the map once planned, so memory falls as the import goes. */
function* batchesOf(children: Map<string, ChildReturn>, given: OptionalFilesGiven, size: number): Generator<ChildPlan[]> {
  let batch: ChildPlan[] = [];
  for (const [ref, data] of children) {
    batch.push(planChild(ref, data, given));
    children.delete(ref);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function countsOf(rowsRead: number): ImportCounts {
  return {
    childrenCreated: 0,
    childrenUpdated: 0,
    childrenUnchanged: 0,
    periodsOfCare: 0,
    childrenAssigned: 0,
    childrenQueued: 0,
    assignmentsEnded: 0,
    meetingsRecorded: 0,
    shortBreaksSkipped: 0,
    rowsRead,
    rowsRejected: 0,
    rowsSkipped: 0,
    warnings: 0,
    files: [],
  };
}

function addOutcome(counts: ImportCounts, outcome: ChildOutcome): void {
  counts.childrenCreated += outcome.created ? 1 : 0;
  counts.childrenUpdated += !outcome.created && outcome.changed ? 1 : 0;
  counts.childrenUnchanged += outcome.changed || outcome.created ? 0 : 1;
  counts.periodsOfCare += outcome.periods;
  counts.childrenAssigned += outcome.assigned ? 1 : 0;
  counts.childrenQueued += outcome.queued ? 1 : 0;
  counts.assignmentsEnded += outcome.assignmentEnded ? 1 : 0;
  counts.meetingsRecorded += outcome.meetings;
  counts.shortBreaksSkipped += outcome.shortBreaks;
}

/**
 * The files' SHA-256, to tell an import of the same files as before. Each optional file given adds its name and
 * content, so a return without one is not the same as with it, and a return of the three files hashes as it always has.
 */
async function checksumOf(files: ReturnFiles): Promise<string> {
  const hash = createHash('sha256');
  const add = async (path: string): Promise<void> => {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    hash.update('\0');
  };
  for (const path of [files.header, files.episodes, files.reviews]) await add(path);
  for (const { file, path } of optionalFilesOf(files)) {
    hash.update(`${file}\0`);
    await add(path);
  }
  return hash.digest('hex');
}
