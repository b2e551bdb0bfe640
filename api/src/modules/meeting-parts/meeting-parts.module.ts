import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { FamilyViewsRepository } from './family-views.repository';
import { FamilyViewsResolver } from './family-views.resolver';
import { FamilyViewsService } from './family-views.service';
import { MeetingPartLinksModule } from './meeting-part-links.module';
import { MeetingPartsResolver } from './meeting-parts.resolver';
import { MeetingPartsService } from './meeting-parts.service';

/** Meetings in parts, the child chairing, and parents' and carers' views, read through the meetings' records. */
@Module({
  imports: [MeetingRecordsModule, MeetingPartLinksModule, ChildrenModule],
  providers: [MeetingPartsService, MeetingPartsResolver, FamilyViewsRepository, FamilyViewsService, FamilyViewsResolver],
})
export class MeetingPartsModule {}
