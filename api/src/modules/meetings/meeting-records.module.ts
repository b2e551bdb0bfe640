import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { OffersModule } from '../offers/offers.module';
import { RepresentationsRepository } from '../representations/representations.repository';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';

/** The meetings and the advocate's representations for them, as records: what `ActionsModule` and `MeetingsModule` build on. */
@Module({
  imports: [AssignmentsModule, ChildrenModule, OffersModule],
  providers: [MeetingsRepository, MeetingsService, RepresentationsRepository],
  exports: [MeetingsRepository, MeetingsService, RepresentationsRepository],
})
export class MeetingRecordsModule {}
