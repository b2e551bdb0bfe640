import { Module } from '@nestjs/common';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({ providers: [NotificationsRepository, NotificationsService, NotificationsResolver], exports: [NotificationsService] })
export class NotificationsModule {}
