import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { CorrectionsLoader } from './corrections.loader';
import {
  ChildContactCorrectionsResolver,
  ChildCorrectionsResolver,
  ChildViewCorrectionsResolver,
  MeetingActionCorrectionsResolver,
  MeetingDecisionCorrectionsResolver,
} from './item-corrections.resolver';
import { RecordCorrectionsRepository } from './record-corrections.repository';
import { RecordCorrectionsResolver } from './record-corrections.resolver';
import { RecordCorrectionsService } from './record-corrections.service';

/** "Putting it right": corrections and the child's disagreements beside recorded items, which stay as recorded. */
@Module({
  imports: [ChildrenModule],
  providers: [
    RecordCorrectionsRepository,
    RecordCorrectionsService,
    RecordCorrectionsResolver,
    CorrectionsLoader,
    ChildCorrectionsResolver,
    ChildContactCorrectionsResolver,
    ChildViewCorrectionsResolver,
    MeetingDecisionCorrectionsResolver,
    MeetingActionCorrectionsResolver,
  ],
})
export class RecordCorrectionsModule {}
