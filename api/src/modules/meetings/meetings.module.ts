import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { OffersModule } from '../offers/offers.module';
import { RepresentationsReads } from '../representations/representations.reads';
import { RepresentationsResolver } from '../representations/representations.resolver';
import { RepresentationsService } from '../representations/representations.service';
import { ChildViewSharingService } from './child-view-sharing.service';
import { ChildViewUpdates } from './child-view-updates';
import { MeetingImportRepository } from './meeting-import.repository';
import { MeetingRecordsModule } from './meeting-records.module';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsResolver } from './meetings.resolver';

/** Meetings' GraphQL operations: scheduling, reads, the child's view, outcomes (`ActionsModule`) and the advocate's representations (representations folder). */
@Module({
  imports: [MeetingRecordsModule, ActionsModule, AssignmentsModule, ChildrenModule, OffersModule],
  providers: [
    ChildViewSharingService,
    ChildViewUpdates,
    MeetingReadsService,
    MeetingScheduleService,
    MeetingsResolver,
    RepresentationsReads,
    RepresentationsService,
    RepresentationsResolver,
    MeetingImportRepository,
  ],
  exports: [MeetingImportRepository],
})
export class MeetingsModule {}
