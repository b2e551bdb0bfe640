import { Module } from '@nestjs/common';
import { ReportFiguresRepository } from './report-figures.repository';
import { ReportFiguresService } from './report-figures.service';
import { ReportGeneratorService } from './report-generator.service';
import { ReportJobsService } from './report-jobs.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsController],
  providers: [ReportFiguresRepository, ReportFiguresService, ReportGeneratorService, ReportJobsService, ReportsRepository, ReportsService, ReportsResolver],
  exports: [ReportGeneratorService],
})
export class ReportsModule {}
