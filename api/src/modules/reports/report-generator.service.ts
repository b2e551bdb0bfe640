import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { reportingPeriod, samePeriodYearBefore } from '@heard/domain';
import { buildReport, reportHtml, type ReportModel } from '@heard/report';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ReportFiguresService } from './report-figures.service';
import { ReportsRepository } from './reports.repository';

export interface GeneratedReport {
  national: ReportModel;
  byLocalAuthority: Record<string, ReportModel>;
  checksum: string;
}

/**
 * Builds the national report and each LA's, from SQL figures for the year and the year before. The year today falls in
 * is counted to today (provisional) and compared with the same days a year before.
 */
@Injectable()
export class ReportGeneratorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: ReportFiguresService,
    private readonly repository: ReportsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async generate(year: number, onProgress: (fraction: number) => Promise<void>): Promise<GeneratedReport> {
    const manager = this.dataSource.manager;
    const las = await this.repository.localAuthorities(manager);
    const threshold = this.config.reportSuppressionThreshold;
    const ids = las.map((la) => la.id);
    const period = reportingPeriod(year, this.clock.today());
    const current = await this.figures.figuresByScope(manager, period, ids);
    await onProgress(0.4);
    const previous = await this.figures.figuresByScope(manager, samePeriodYearBefore(period), ids);
    await onProgress(0.8);
    const model = (scope: string, laId: string | null): ReportModel => {
      const now = current.get(laId);
      const before = previous.get(laId);
      if (now === undefined || before === undefined) throw new Error(`no figures for ${scope}`);
      return buildReport({ year, period, scope, threshold, current: now, previous: before });
    };
    const national = model('England', null);
    const byLocalAuthority: Record<string, ReportModel> = {};
    for (const [i, la] of las.entries()) {
      byLocalAuthority[la.id] = model(la.name, la.id);
      if (i % 20 === 19) await onProgress(0.8 + (0.2 * (i + 1)) / las.length);
    }
    await onProgress(1);
    return { national, byLocalAuthority, checksum: createHash('sha256').update(reportHtml(national)).digest('hex') };
  }
}
