import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { buildReport, reportHtml, type ReportModel } from '@heard/report';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ReportFiguresService } from './report-figures.service';

export interface GeneratedReport {
  national: ReportModel;
  byLocalAuthority: Record<string, ReportModel>;
  checksum: string;
}

/** Builds the national report and each LA's, from SQL figures for the year and the year before. */
@Injectable()
export class ReportGeneratorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: ReportFiguresService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async generate(year: number, onProgress: (fraction: number) => Promise<void>): Promise<GeneratedReport> {
    const manager = this.dataSource.manager;
    const las: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM local_authorities ORDER BY code, id`);
    const threshold = this.config.reportSuppressionThreshold;
    const model = async (scope: string, laId: string | null): Promise<ReportModel> =>
      buildReport({ year, scope, threshold, current: await this.figures.figures(manager, year, laId), previous: await this.figures.figures(manager, year - 1, laId) });
    const national = await model('England', null);
    await onProgress(1 / (las.length + 1));
    const byLocalAuthority: Record<string, ReportModel> = {};
    for (const [i, la] of las.entries()) {
      byLocalAuthority[la.id] = await model(la.name, la.id);
      await onProgress((i + 2) / (las.length + 1));
    }
    return { national, byLocalAuthority, checksum: createHash('sha256').update(reportHtml(national)).digest('hex') };
  }
}
