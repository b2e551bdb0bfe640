import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CareEpisodesModule } from '../care-episodes/care-episodes.module';
import { ChildrenModule } from '../children/children.module';
import { OffersModule } from '../offers/offers.module';
import { SignificantChangesModule } from '../significant-changes/significant-changes.module';
import { TriggerEventsRepository } from './trigger-events.repository';
import { TriggersResolver } from './triggers.resolver';
import { TriggerOwners, TriggersService } from './triggers.service';

@Module({
  imports: [AssignmentsModule, ChildrenModule, CareEpisodesModule, OffersModule, SignificantChangesModule],
  providers: [TriggersService, TriggerOwners, TriggersResolver, TriggerEventsRepository],
  exports: [TriggersService, TriggerEventsRepository],
})
export class TriggersModule {}
