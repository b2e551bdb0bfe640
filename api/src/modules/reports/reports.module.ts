import { Module } from '@nestjs/common';
import { ReportFiguresService } from './report-figures.service';
import { ReportGeneratorService } from './report-generator.service';
import { ReportJobsService } from './report-jobs.service';
import { ReportsController } from './reports.controller';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsController],
  providers: [ReportFiguresService, ReportGeneratorService, ReportJobsService, ReportsService, ReportsResolver],
  exports: [ReportGeneratorService],
})
export class ReportsModule {}
