import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { MeetingRecordSharesRepository } from './meeting-record-shares.repository';
import { MeetingRecordSharesResolver } from './meeting-record-shares.resolver';
import { MeetingRecordSharesService } from './meeting-record-shares.service';

/** The meeting record goes out to the attendees by role within the configured working days. */
@Module({
  imports: [MeetingRecordsModule, ChildrenModule],
  providers: [MeetingRecordSharesRepository, MeetingRecordSharesService, MeetingRecordSharesResolver],
})
export class MeetingRecordSharesModule {}
