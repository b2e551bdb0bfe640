import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { MeetingChildRecordsRepository } from './meeting-child-records.repository';
import { MeetingChildRecordsResolver } from './meeting-child-records.resolver';
import { MeetingChildRecordsService } from './meeting-child-records.service';

/** The child's own plain-words record of each completed meeting, read through the meetings' and actions' records. */
@Module({
  imports: [MeetingRecordsModule, ActionsModule, ChildrenModule],
  providers: [MeetingChildRecordsRepository, MeetingChildRecordsService, MeetingChildRecordsResolver],
})
export class MeetingChildRecordModule {}
