import { Module } from '@nestjs/common';
import { AgeSixteenOffersService } from './age-sixteen-offers.service';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';

/**
 * The offers of advocacy themselves: opening, closing and the yearly age-sixteen offer. Assignments, meetings and
 * triggers open and close offers through it; recording the child's answer is `OfferOutcomesModule`, which sits
 * above assignments (a decline may end the assignment).
 */
@Module({
  providers: [OffersRepository, OffersService, AgeSixteenOffersService],
  exports: [OffersRepository, OffersService, AgeSixteenOffersService],
})
export class OffersModule {}
