import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeVisitsResolver } from './home-visits.resolver';
import { HomeVisitsService } from './home-visits.service';
import { HomesService } from './homes.service';
import { MissedVisitsJob } from './missed-visits.job';

@Module({ imports: [ChildrenModule, NotificationsModule], providers: [HomesService, HomeVisitsService, MissedVisitsJob, HomeVisitsResolver] })
export class HomeVisitsModule {}
