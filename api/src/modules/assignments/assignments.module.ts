import { Module } from '@nestjs/common';
import { AdvocateRecordsModule } from '../advocates/advocate-records.module';
import { OffersService } from '../offers/offers.service';
import { AllocationResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';
import { AssignmentEngine } from './assignment-engine.service';
import { AssignmentsRepository } from './assignments.repository';
import { BatchAssignmentEngine } from './batch-assignment.service';

@Module({
  imports: [AdvocateRecordsModule],
  providers: [AssignmentEngine, BatchAssignmentEngine, OffersService, AllocationService, AllocationResolver, AssignmentsRepository],
  exports: [AssignmentEngine, BatchAssignmentEngine, OffersService, AllocationService, AssignmentsRepository],
})
export class AssignmentsModule {}
