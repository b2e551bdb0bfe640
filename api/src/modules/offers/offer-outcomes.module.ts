import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { OfferOutcomesService } from './offer-outcomes.service';
import { OffersModule } from './offers.module';
import { OffersResolver } from './offers.resolver';

/** The child's answer to an offer (the offers' GraphQL operations), which may end the assignment. */
@Module({ imports: [OffersModule, AssignmentsModule, ChildrenModule], providers: [OfferOutcomesService, OffersResolver] })
export class OfferOutcomesModule {}
