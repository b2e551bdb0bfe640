import { Inject, Injectable } from '@nestjs/common';
import { subjectAccessExportExpiry } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { SubjectAccessGeneratorService } from './subject-access-generator.service';
import { SubjectAccessRepository } from './subject-access.repository';

const STALE_SECONDS = 60;
const MAX_ATTEMPTS = 3;
const SYSTEM_META = { requestId: 'subject-access-worker', clientAddress: null, operation: 'subject-access export worker' };

/**
 * The subject-access export worker: each pass removes the ZIPs whose keeping time is over, then claims the oldest
 * waiting export (FOR UPDATE SKIP LOCKED; `attempts` fences a worker whose job was taken over) and generates it,
 * reporting progress. Both steps are audited against the child.
 */
@Injectable()
export class SubjectAccessJobsService extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: SubjectAccessGeneratorService,
    private readonly repository: SubjectAccessRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(config.subjectAccessWorkerSeconds, logger, 'subject-access exports generated or removed');
    logger.setContext(SubjectAccessJobsService.name);
  }

  /** Removes expired ZIPs and generates at most one waiting export; returns how many exports it changed. */
  async runOnce(): Promise<number> {
    const expired = await this.expire();
    const job = await this.repository.claimNext(this.dataSource, STALE_SECONDS);
    if (job === undefined) return expired;
    try {
      const zip = await this.generator.zip(job.id, job.child_id, (fraction) =>
        this.repository.progress(this.dataSource, job, Math.min(99, Math.round(fraction * 100))),
      );
      const readyAt = this.clock.now();
      const stored = await this.dataSource.transaction(async (manager) => {
        if (!(await this.repository.finish(manager, job, zip, readyAt, subjectAccessExportExpiry(readyAt, this.config.subjectAccessExportKeepDays))))
          return false;
        await this.audit.record(manager, {
          actor: null,
          action: 'subject_access.export_ready',
          entity: 'subject_access_export',
          entityId: job.id,
          childIds: [job.child_id],
          meta: SYSTEM_META,
          details: { bytes: zip.byteLength },
        });
        return true;
      });
      if (!stored) this.logger.warn({ exportId: job.id }, 'subject-access export was taken over by another worker; this result is discarded');
    } catch (error: unknown) {
      this.logger.error({ err: error, exportId: job.id }, 'subject-access export failed');
      const failed = job.attempts >= MAX_ATTEMPTS;
      await this.repository.fail(
        this.dataSource,
        job,
        failed ? 'FAILED' : 'QUEUED',
        failed ? 'The export could not be made. Request it again, or ask support to look at the logs.' : null,
      );
    }
    return expired + 1;
  }

  private expire(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const removed = await this.repository.expire(manager, this.clock.now());
      for (const row of removed) {
        await this.audit.record(manager, {
          actor: null,
          action: 'subject_access.export_expired',
          entity: 'subject_access_export',
          entityId: row.id,
          childIds: [row.child_id],
          meta: SYSTEM_META,
          details: { keepDays: this.config.subjectAccessExportKeepDays },
        });
      }
      return removed.length;
    });
  }
}
