import { Inject, Injectable } from '@nestjs/common';
import { FIRST_REPORTING_YEAR, latestReportingYear, reportingYearLabel } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { AuditService } from '../audit/audit.service';
import type { ReportJobType } from './dto/report.types';
import { ReportGeneratorService } from './report-generator.service';
import { ReportsRepository } from './reports.repository';

export const REPORT_JOB_UPDATED = 'reportJobUpdated';
const STALE_SECONDS = 60;
const MAX_ATTEMPTS = 3;

/**
 * The annual report's job queue in PostgreSQL: jobs survive an API restart (a RUNNING job whose
 * heartbeat stopped is taken up again) and each is claimed by one process (FOR UPDATE SKIP LOCKED).
 * A claim's `attempts` is its fencing token: a worker whose job was taken over (its heartbeat
 * stopped for STALE_SECONDS) can no longer update it or store its report. Versions of one year are
 * numbered under a per-year advisory lock, so two processes finishing the same year at once both succeed.
 */
@Injectable()
export class ReportJobsService extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: ReportGeneratorService,
    private readonly repository: ReportsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {
    super(config.reportWorkerSeconds, logger, 'generated annual reports');
    logger.setContext(ReportJobsService.name);
  }

  async enqueue(caller: Caller, year: number, meta: RequestMeta): Promise<ReportJobType> {
    const latest = latestReportingYear(this.clock.today());
    if (!Number.isInteger(year) || year < FIRST_REPORTING_YEAR || year > latest) {
      throw new DomainException(
        'BAD_USER_INPUT',
        `Choose a reporting year from the one starting 1 April ${FIRST_REPORTING_YEAR} to the latest, ${reportingYearLabel(latest)}.`,
        { field: 'year' },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const id = await this.repository.enqueue(manager, year, caller.userId);
      await this.audit.record(manager, {
        actor: caller,
        action: 'report.requested',
        entity: 'report_job',
        entityId: id === '' ? null : id,
        meta,
        details: { year },
      });
      return { id, year, status: 'QUEUED', progress: 0, reportId: null, failure: null };
    });
  }

  async job(id: string): Promise<ReportJobType> {
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const row = valid ? await this.repository.job(this.dataSource, id) : undefined;
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No report job with that id.');
    return row;
  }

  /** Claims and runs the oldest waiting job, if any; returns 1 when it generated a report. */
  async runOnce(): Promise<number> {
    const job = await this.repository.claimNext(this.dataSource, STALE_SECONDS);
    if (job === undefined) return 0;
    await this.publish(job.id);
    try {
      const report = await this.generator.generate(job.year, async (fraction) => {
        await this.repository.progress(this.dataSource, job, Math.min(99, Math.round(fraction * 100)));
        await this.publish(job.id);
      });
      const stored = await this.dataSource.transaction(async (manager) => {
        if (!(await this.repository.finish(manager, job))) return false;
        await this.repository.storeVersion(manager, job, report);
        return true;
      });
      if (!stored) this.logger.warn({ jobId: job.id }, 'annual report job was taken over by another worker; this result is discarded');
    } catch (error: unknown) {
      this.logger.error({ err: error, jobId: job.id }, 'annual report generation failed');
      const failed = job.attempts >= MAX_ATTEMPTS;
      await this.repository.fail(
        this.dataSource,
        job,
        failed ? 'FAILED' : 'QUEUED',
        failed ? 'The report could not be generated. Try again, or ask support to look at the logs.' : null,
      );
    }
    await this.publish(job.id);
    return 1;
  }

  private async publish(id: string): Promise<void> {
    await this.pubSub.publish(REPORT_JOB_UPDATED, { [REPORT_JOB_UPDATED]: await this.job(id) });
  }
}
