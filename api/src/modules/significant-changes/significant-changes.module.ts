import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OffersModule } from '../offers/offers.module';
import { SignificantChangesRepository } from './significant-changes.repository';
import { SignificantChangesResolver } from './significant-changes.resolver';
import { SignificantChangesService } from './significant-changes.service';

/** Significant changes between meetings; the triggers feature records a change of placement through it. */
@Module({
  imports: [AssignmentsModule, ChildrenModule, NotificationsModule, OffersModule],
  providers: [SignificantChangesRepository, SignificantChangesService, SignificantChangesResolver],
  exports: [SignificantChangesService],
})
export class SignificantChangesModule {}
