import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeVisitsResolver } from './home-visits.resolver';
import { HomeVisitsService } from './home-visits.service';
import { HomesService } from './homes.service';
import { MissedVisitsJob } from './missed-visits.job';

@Module({ imports: [NotificationsModule], providers: [HomesService, HomeVisitsService, MissedVisitsJob, HomeVisitsResolver] })
export class HomeVisitsModule {}
