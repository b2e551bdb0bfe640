import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ChannelRateLimiter } from './channel-rate-limiter';
import { ChildChannelOverdueJob } from './child-channel-overdue.job';
import { ChildChannelPublicService } from './child-channel-public.service';
import { ChildChannelRepository } from './child-channel.repository';
import { ChildChannelResolver } from './child-channel.resolver';
import { ChildChannelService } from './child-channel.service';

@Module({
  exports: [ChildChannelRepository],
  imports: [ChildrenModule, NotificationsModule],
  providers: [ChildChannelRepository, ChannelRateLimiter, ChildChannelPublicService, ChildChannelService, ChildChannelResolver, ChildChannelOverdueJob],
})
export class ChildChannelModule {}
