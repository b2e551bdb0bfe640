import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { CareEpisodesModule } from '../care-episodes/care-episodes.module';
import { ChildrenModule } from '../children/children.module';
import { LaStaffModule } from '../la-staff/la-staff.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OffersModule } from '../offers/offers.module';
import { MissingFromCareModule } from '../missing-from-care/missing-from-care.module';
import { TriggersModule } from '../triggers/triggers.module';
import { BatchOwnersProvider } from './batch-owners.service';
import { ImportLiveness } from './import-liveness.service';
import { FindingGroupsRepository } from './finding-groups.repository';
import { ImportReadsService } from './import-reads.service';
import { ImportSummaryService } from './import-summary.service';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { Ssda903ImportService } from './ssda903-import.service';
import { Ssda903ImportsRepository } from './ssda903-imports.repository';

/** SSDA903 returns: the import writes its own tables and asks each owner (children, care episodes, missing-from-care episodes, LA staff, triggers, meetings, assignments, audit) for the rest. */
@Module({
  imports: [AssignmentsModule, ChildrenModule, CareEpisodesModule, LaStaffModule, TriggersModule, MeetingsModule, MissingFromCareModule, OffersModule],
  controllers: [ImportsController],
  providers: [
    Ssda903ImportService,
    ImportReadsService,
    ImportSummaryService,
    FindingGroupsRepository,
    ImportsResolver,
    ImportLiveness,
    Ssda903ImportsRepository,
    BatchOwnersProvider,
  ],
  exports: [Ssda903ImportService],
})
export class ImportsModule {}
