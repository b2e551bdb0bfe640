import { Module } from '@nestjs/common';
import { MeetingOutcomesService } from '../actions/meeting-outcomes.service';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { ChildViewSharingService } from './child-view-sharing.service';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';

@Module({ imports: [AssignmentsModule, ChildrenModule], providers: [MeetingsService, ChildViewSharingService, MeetingOutcomesService, MeetingReadsService, MeetingScheduleService, MeetingsResolver] })
export class MeetingsModule {}
