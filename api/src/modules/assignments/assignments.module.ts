import { Module } from '@nestjs/common';
import { AdvocateRecordsModule } from '../advocates/advocate-records.module';
import { OffersModule } from '../offers/offers.module';
import { AllocationResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';
import { AssignmentEngine } from './assignment-engine.service';
import { AssignmentsRepository } from './assignments.repository';
import { BatchAssignmentEngine } from './batch-assignment.service';
import { EventAssignmentRepository } from './event-assignment.repository';
import { EventAssignmentEngine } from './event-assignment.service';

/** Assigning advocates (one at a time, one trigger event in a few statements, and in batches); an assignment opens the child's offer through `OffersModule`. */
@Module({
  imports: [AdvocateRecordsModule, OffersModule],
  providers: [
    AssignmentEngine,
    BatchAssignmentEngine,
    EventAssignmentEngine,
    EventAssignmentRepository,
    AllocationService,
    AllocationResolver,
    AssignmentsRepository,
  ],
  exports: [AssignmentEngine, BatchAssignmentEngine, EventAssignmentEngine, AllocationService, AssignmentsRepository],
})
export class AssignmentsModule {}
