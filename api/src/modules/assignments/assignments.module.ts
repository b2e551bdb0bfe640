import { Module } from '@nestjs/common';
import { OffersService } from '../offers/offers.service';
import { AllocationResolver } from './allocation.resolver';
import { AllocationService } from './allocation.service';
import { AssignmentEngine } from './assignment-engine.service';

@Module({ providers: [AssignmentEngine, OffersService, AllocationService, AllocationResolver], exports: [AssignmentEngine, OffersService, AllocationService] })
export class AssignmentsModule {}
