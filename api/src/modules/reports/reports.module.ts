import { Module } from '@nestjs/common';
import { ChildChannelModule } from '../child-channel/child-channel.module';
import { ContactsModule } from '../contacts/contacts.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { MeetingLogisticsModule } from '../meeting-logistics/meeting-logistics.module';
import { ThemeAnswersModule } from '../theme-answers/theme-answers.module';
import { YouSaidWeDidModule } from '../you-said-we-did/you-said-we-did.module';
import { ChildVoiceFiguresService } from './child-voice-figures.service';
import { MeetingAttendanceFiguresService } from './meeting-attendance-figures.service';
import { ReportFiguresRepository } from './report-figures.repository';
import { ReportFiguresService } from './report-figures.service';
import { ReportGeneratorService } from './report-generator.service';
import { ReportJobsService } from './report-jobs.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [ChildChannelModule, ContactsModule, EscalationsModule, MeetingLogisticsModule, ThemeAnswersModule, YouSaidWeDidModule],
  controllers: [ReportsController],
  providers: [
    ChildVoiceFiguresService,
    MeetingAttendanceFiguresService,
    ReportFiguresRepository,
    ReportFiguresService,
    ReportGeneratorService,
    ReportJobsService,
    ReportsRepository,
    ReportsService,
    ReportsResolver,
  ],
  exports: [ReportGeneratorService],
})
export class ReportsModule {}
