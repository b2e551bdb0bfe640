import { Injectable } from '@nestjs/common';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { BatchAssignmentEngine } from '../assignments/batch-assignment.service';
import { AuditService } from '../audit/audit.service';
import { CareEpisodesRepository } from '../care-episodes/care-episodes.repository';
import { ChildrenRepository } from '../children/children.repository';
import { LaStaffRepository } from '../la-staff/la-staff.repository';
import { MeetingImportRepository } from '../meetings/meeting-import.repository';
import { MissingEpisodesRepository } from '../missing-from-care/missing-episodes.repository';
import { OffersRepository } from '../offers/offers.repository';
import { TriggerEventsRepository } from '../triggers/trigger-events.repository';
import type { BatchOwners } from './batch-import';

/** The owners of everything an import writes outside its own tables (children, periods of care, missing-from-care episodes, triggers, meetings, assignments, audit, LA staff), and the offers it made. */
@Injectable()
export class BatchOwnersProvider {
  readonly batch: BatchOwners;

  constructor(
    engine: BatchAssignmentEngine,
    assignments: AssignmentsRepository,
    children: ChildrenRepository,
    careEpisodes: CareEpisodesRepository,
    triggers: TriggerEventsRepository,
    meetings: MeetingImportRepository,
    missingEpisodes: MissingEpisodesRepository,
    audit: AuditService,
    readonly staff: LaStaffRepository,
    /** Asked, once the import is done, what offers it left due. */
    readonly offers: OffersRepository,
  ) {
    this.batch = { engine, assignments, children, careEpisodes, triggers, meetings, missingEpisodes, audit };
  }
}
