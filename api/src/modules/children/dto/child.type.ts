import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CHILD_COMMANDS, type ChildCommand, MISSING_KIND_OF_CODE, type MissingKind } from '@heard/domain';
import { OfferType } from '../../offers/dto/offer.type';
import { AdvocateRefType, ChildSummaryType } from './child-summary.type';

export const ChildCommandEnum = Object.fromEntries(CHILD_COMMANDS.map((c) => [c, c])) as { [K in ChildCommand]: K };
registerEnumType(ChildCommandEnum, { name: 'ChildCommand', description: "What may be recorded about the child's period of care." });

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

export const MissingEpisodeKind = { MISSING: MISSING_KIND_OF_CODE.M, AWAY: MISSING_KIND_OF_CODE.A } as const;
registerEnumType(MissingEpisodeKind, {
  name: 'MissingEpisodeKind',
  description: 'MISSING: missing from placement (SSDA903 M); AWAY: away from placement without authorisation (A).',
});

@ObjectType('MissingEpisode', {
  description: 'A time the child was missing from care, or away from placement without authorisation (the SSDA903 missing file).',
})
export class MissingEpisodeType {
  @Field(() => MissingEpisodeKind)
  kind!: MissingKind;

  @Field({ description: 'YYYY-MM-DD' })
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the child is still missing.' })
  endedOn!: string | null;

  @Field(() => Int, { description: 'Days from the start to the end (or to today while still missing), both counted.' })
  days!: number;
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

  @Field({
    description: 'The 75th anniversary of the birth (reg 50), whatever else applies.',
    deprecationReason: 'Use retention: it honours a death before 18 and a legal hold.',
  })
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

  @Field(() => [MissingEpisodeType], { description: 'Times the child was missing from care or away without authorisation, newest first.' })
  missingEpisodes!: MissingEpisodeType[];

  @Field({ description: 'An unaccompanied asylum-seeking child today (from the SSDA903 UASC file).' })
  uasc!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day the child ceased to be an unaccompanied asylum-seeking child, if they have.' })
  uascCeasedOn!: string | null;

  @Field(() => [ChildCommandEnum], {
    description: 'What the caller may record now (a change of placement, leaving care): exactly what the API will accept.',
  })
  allowedCommands!: ChildCommand[];
}
