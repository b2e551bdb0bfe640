import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { AgeSixteenOffersService } from './age-sixteen-offers.service';
import { OfferOutcomesService } from './offer-outcomes.service';
import { OffersResolver } from './offers.resolver';

@Module({ imports: [AssignmentsModule, ChildrenModule], providers: [OfferOutcomesService, OffersResolver, AgeSixteenOffersService] })
export class OffersModule {}
