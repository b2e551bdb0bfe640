import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EarlierMeetingConcernsService } from './earlier-meeting-concerns.service';
import { EarlierMeetingRequestsRepository } from './earlier-meeting-requests.repository';
import { EarlierMeetingsResolver } from './earlier-meetings.resolver';
import { EarlierMeetingsService } from './earlier-meetings.service';

/** Requests for an earlier meeting and the LA's answers; an unanswered one becomes a concern through the escalations feature. */
@Module({
  imports: [ChildrenModule, EscalationsModule, NotificationsModule],
  providers: [EarlierMeetingRequestsRepository, EarlierMeetingsService, EarlierMeetingConcernsService, EarlierMeetingsResolver],
})
export class EarlierMeetingsModule {}
