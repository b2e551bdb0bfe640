import { Inject, Injectable } from '@nestjs/common';
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
    const today = this.clock.today();
    const latest = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
    if (!Number.isInteger(year) || year < 2015 || year > latest) {
      throw new DomainException('BAD_USER_INPUT', `year must be a reporting year from 2015 to ${latest} (the year 1 April ${latest} to 31 March ${latest + 1} is the latest).`, { field: 'year' });
    }
    return this.dataSource.transaction(async (manager) => {
      const [job] = (await manager.query(`INSERT INTO report_jobs (year, requested_by_user_id) VALUES ($1, $2) RETURNING id`, [year, caller.userId])) as Array<{ id: string }>;
      await this.audit.record(manager, { actor: caller, action: 'report.requested', entity: 'report_job', entityId: job?.id ?? null, meta, details: { year } });
      return { id: job?.id ?? '', year, status: 'QUEUED', progress: 0, reportId: null, failure: null };
    });
  }

  async job(id: string): Promise<ReportJobType> {
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    const [row] = valid ? ((await this.dataSource.query(`SELECT id, year, status, progress, report_id AS "reportId", failure FROM report_jobs WHERE id = $1`, [id])) as ReportJobType[]) : [];
    if (row === undefined) throw new DomainException('NOT_FOUND', 'No report job with that id.');
    return row;
  }

  /** Claims and runs the oldest waiting job, if any; returns 1 when it generated a report. */
  async runOnce(): Promise<number> {
    const [claimed] = (await this.dataSource.query(
      `UPDATE report_jobs SET status = 'RUNNING', heartbeat_at = now(), attempts = attempts + 1, progress = 0
        WHERE id = (SELECT id FROM report_jobs WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id, year, requested_by_user_id, attempts`,
      [STALE_SECONDS],
    )) as [Array<{ id: string; year: number; requested_by_user_id: string; attempts: number }>, number];
    const job = claimed[0];
    if (job === undefined) return 0;
    await this.publish(job.id);
    const owned = `id = $1 AND status = 'RUNNING' AND attempts = $2`;
    try {
      const report = await this.generator.generate(job.year, async (fraction) => {
        await this.dataSource.query(`UPDATE report_jobs SET progress = $3, heartbeat_at = now() WHERE ${owned}`, [job.id, job.attempts, Math.min(99, Math.round(fraction * 100))]);
        await this.publish(job.id);
      });
      const stored = await this.dataSource.transaction(async (manager) => {
        const [[mine]] = (await manager.query(`UPDATE report_jobs SET status = 'DONE', progress = 100, heartbeat_at = now() WHERE ${owned} RETURNING id`, [job.id, job.attempts])) as [Array<{ id: string }>, number];
        if (mine === undefined) return false;
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('annual_reports.version'), $1)`, [job.year]);
        const [saved] = (await manager.query(
          `INSERT INTO annual_reports (year, version, checksum, generated_by_user_id, national, by_local_authority)
           SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5 FROM annual_reports WHERE year = $1 RETURNING id`,
          [job.year, report.checksum, job.requested_by_user_id, JSON.stringify(report.national), JSON.stringify(report.byLocalAuthority)],
        )) as Array<{ id: string }>;
        await manager.query(`UPDATE report_jobs SET report_id = $2 WHERE id = $1`, [job.id, saved?.id]);
        return true;
      });
      if (!stored) this.logger.warn({ jobId: job.id }, 'annual report job was taken over by another worker; this result is discarded');
    } catch (error: unknown) {
      this.logger.error({ err: error, jobId: job.id }, 'annual report generation failed');
      const failed = job.attempts >= MAX_ATTEMPTS;
      await this.dataSource.query(`UPDATE report_jobs SET status = $3, failure = $4 WHERE ${owned}`, [job.id, job.attempts, failed ? 'FAILED' : 'QUEUED', failed ? 'The report could not be generated. Try again, or ask support to look at the logs.' : null]);
    }
    await this.publish(job.id);
    return 1;
  }

  private async publish(id: string): Promise<void> {
    await this.pubSub.publish(REPORT_JOB_UPDATED, { [REPORT_JOB_UPDATED]: await this.job(id) });
  }
}
