import { Field, ID, InputType } from '@nestjs/graphql';
import { OFFER_OUTCOMES, type OfferOutcome } from '@heard/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { OfferOutcomeEnum } from './offer.type';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

@InputType()
export class RecordOfferOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'offerId must be an offer id' })
  offerId!: string;

  @Field(() => OfferOutcomeEnum)
  @IsIn([...OFFER_OUTCOMES])
  outcome!: OfferOutcome;

  @Field({ description: 'When the child decided; YYYY-MM-DD, not in the future.' })
  @IsCalendarDate('event')
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: "Required to opt out: the child's own words." })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  childWords?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for non-instructed advocacy: why.' })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  nonInstructedReason?: string | null;
}

@InputType()
export class RecordOptBackInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field()
  @IsCalendarDate('event')
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: "The child's own words, if they gave any." })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  childWords?: string | null;
}
