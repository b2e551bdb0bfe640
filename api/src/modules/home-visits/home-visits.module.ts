import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecommendationAnswersModule } from '../recommendation-answers/recommendation-answers.module';
import { HomeVisitsRepository } from './home-visits.repository';
import { HomeVisitsResolver } from './home-visits.resolver';
import { HomeVisitsService } from './home-visits.service';
import { HomesService } from './homes.service';
import { MissedVisitsJob } from './missed-visits.job';

@Module({
  imports: [ChildrenModule, NotificationsModule, RecommendationAnswersModule],
  providers: [HomeVisitsRepository, HomesService, HomeVisitsService, MissedVisitsJob, HomeVisitsResolver],
  exports: [HomeVisitsRepository],
})
export class HomeVisitsModule {}
