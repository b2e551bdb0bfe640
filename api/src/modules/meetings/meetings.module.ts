import { Module } from '@nestjs/common';
import { MeetingOutcomesService } from '../actions/meeting-outcomes.service';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { ChildViewSharingService } from './child-view-sharing.service';
import { RepresentationsReads } from '../representations/representations.reads';
import { RepresentationsRepository } from '../representations/representations.repository';
import { RepresentationsResolver } from '../representations/representations.resolver';
import { RepresentationsService } from '../representations/representations.service';
import { MeetingImportRepository } from './meeting-import.repository';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

/** Meetings, their outcomes (actions folder) and the advocate's representations for them (representations folder). */
@Module({
  imports: [AssignmentsModule, ChildrenModule],
  providers: [MeetingsService, ChildViewSharingService, MeetingOutcomesService, MeetingReadsService, MeetingScheduleService, MeetingsResolver, RepresentationsRepository, RepresentationsReads, RepresentationsService, RepresentationsResolver, MeetingImportRepository],
  exports: [MeetingImportRepository],
})
export class MeetingsModule {}
