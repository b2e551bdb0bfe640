import { Module } from '@nestjs/common';
import { OffersModule } from '../offers/offers.module';
import { AllocationResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';
import { AssignmentEngine } from './assignment-engine.service';
import { BatchAssignmentEngine } from './batch-assignment.service';

/** Assigning advocates (one at a time and in batches); an assignment opens the child's offer through `OffersModule`. */
@Module({
  imports: [OffersModule],
  providers: [AssignmentEngine, BatchAssignmentEngine, AllocationService, AllocationResolver],
  exports: [AssignmentEngine, BatchAssignmentEngine, AllocationService],
})
export class AssignmentsModule {}
