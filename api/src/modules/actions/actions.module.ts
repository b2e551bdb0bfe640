import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { OffersModule } from '../offers/offers.module';
import { MeetingOutcomesService } from './meeting-outcomes.service';

/** What a held meeting decided and the actions it set (recorded, reviewed); the meetings' resolver exposes them. */
@Module({ imports: [MeetingRecordsModule, ChildrenModule, OffersModule], providers: [MeetingOutcomesService], exports: [MeetingOutcomesService] })
export class ActionsModule {}
