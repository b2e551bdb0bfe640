import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OfferType } from '../../offers/dto/offer.type';

export enum AdvocacyStatus {
  AWAITING_ADVOCATE = 'AWAITING_ADVOCATE',
  OFFER_OVERDUE = 'OFFER_OVERDUE',
  OFFER_DUE = 'OFFER_DUE',
  ACCEPTED = 'ACCEPTED',
  OPTED_OUT = 'OPTED_OUT',
  NON_INSTRUCTED = 'NON_INSTRUCTED',
  NOT_IN_CARE = 'NOT_IN_CARE',
}
registerEnumType(AdvocacyStatus, { name: 'AdvocacyStatus', description: "Where the child's advocacy stands, at a glance." });

@ObjectType('LocalAuthority')
export class LocalAuthorityType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType('AdvocateRef')
export class AdvocateRefType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType('ChildSummary')
export class ChildSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => LocalAuthorityType)
  localAuthority!: LocalAuthorityType;

  @Field(() => AdvocateRefType, { nullable: true, description: 'The current advocate, if any.' })
  advocate!: AdvocateRefType | null;

  @Field(() => AdvocacyStatus)
  status!: AdvocacyStatus;

  @Field(() => OfferType, { nullable: true, description: 'The open offer, or else the latest one.' })
  currentOffer!: OfferType | null;

  @Field({
    description: 'An unaccompanied asylum-seeking child today whose first language is not English (or not recorded): interpreterNeeded in libs/domain.',
  })
  interpreterNeeded!: boolean;
}
