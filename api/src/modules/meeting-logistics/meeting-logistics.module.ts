import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { MeetingLogisticsRepository } from './meeting-logistics.repository';
import { MeetingLogisticsResolver } from './meeting-logistics.resolver';
import { MeetingLogisticsService } from './meeting-logistics.service';

/** A meeting's time, place, invitations (through the outbox, with a calendar file) and the social worker's papers. */
@Module({
  imports: [MeetingRecordsModule, ChildrenModule, NotificationsModule],
  providers: [MeetingLogisticsRepository, MeetingLogisticsService, MeetingLogisticsResolver],
  exports: [MeetingLogisticsRepository],
})
export class MeetingLogisticsModule {}
