import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OfferType } from '../../offers/dto/offer.type';
import { AdvocateRefType, ChildSummaryType } from './child-summary.type';

@ObjectType('CareEpisode')
export class CareEpisodeType {
  @Field(() => ID)
  id!: string;

  @Field()
  startDate!: string;

  @Field(() => String, { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  legalStatus!: string | null;

  @Field(() => String, { nullable: true })
  placementType!: string | null;
}

@ObjectType('Assignment')
export class AssignmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => AdvocateRefType)
  advocate!: AdvocateRefType;

  @Field()
  startedOn!: string;

  @Field({ description: 'Why this advocate was chosen.' })
  startReason!: string;

  @Field(() => String, { nullable: true })
  endedOn!: string | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field(() => String, { nullable: true })
  endNote!: string | null;
}

@ObjectType('ChildDecision')
export class ChildDecisionType {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  decidedOn!: string;

  @Field(() => String, { nullable: true })
  childWords!: string | null;

  @Field()
  recordedBy!: string;
}

@ObjectType('TriggerEvent')
export class TriggerEventType {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field()
  occurredOn!: string;
}

@ObjectType('Child')
export class ChildType extends ChildSummaryType {
  @Field(() => String, { nullable: true })
  firstLanguage!: string | null;

  @Field(() => String, { nullable: true })
  communicationNeeds!: string | null;

  @Field(() => String, { nullable: true })
  legalStatus!: string | null;

  @Field(() => String, { nullable: true })
  placementType!: string | null;

  @Field({ description: 'Records are kept until the 75th anniversary of the birth (reg 50).' })
  retainUntil!: string;

  @Field(() => [CareEpisodeType])
  episodes!: CareEpisodeType[];

  @Field(() => [AssignmentType], { description: 'Every advocate the child has had, newest first.' })
  assignments!: AssignmentType[];

  @Field(() => [OfferType], { description: 'Every offer, newest first.' })
  offers!: OfferType[];

  @Field(() => [ChildDecisionType], { description: "The child's decisions, newest first." })
  decisions!: ChildDecisionType[];

  @Field(() => [TriggerEventType])
  triggerEvents!: TriggerEventType[];
}
