import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { PaperReviewsRepository } from './paper-reviews.repository';
import { PaperReviewsResolver } from './paper-reviews.resolver';
import { PaperReviewsService } from './paper-reviews.service';

/** Paper reviews between the yearly meetings of a child settled in long-term foster care, read through the meetings' schedule. */
@Module({
  imports: [MeetingRecordsModule, ChildrenModule],
  providers: [PaperReviewsRepository, PaperReviewsService, PaperReviewsResolver],
})
export class PaperReviewsModule {}
