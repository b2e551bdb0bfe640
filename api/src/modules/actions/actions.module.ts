import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingPartLinksModule } from '../meeting-parts/meeting-part-links.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { OffersModule } from '../offers/offers.module';
import { ActionReadsService } from './action-reads.service';
import { ActionsRepository } from './actions.repository';
import { MeetingOutcomesService } from './meeting-outcomes.service';

/** What a held meeting decided and the actions it set (recorded, reviewed); the meetings' resolver exposes them. */
@Module({
  imports: [MeetingRecordsModule, ChildrenModule, OffersModule, MeetingPartLinksModule],
  providers: [ActionsRepository, ActionReadsService, MeetingOutcomesService],
  exports: [ActionsRepository, ActionReadsService, MeetingOutcomesService],
})
export class ActionsModule {}
