import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalAuthorityType } from '../../children/dto/child-summary.type';

@ObjectType('ProviderAdvocate', { description: "One of the provider's advocates against their cap, with the children past a deadline." })
export class ProviderAdvocateType {
  @Field(() => ID)
  advocateId!: string;

  @Field()
  displayName!: string;

  @Field(() => Int)
  caseloadCap!: number;

  @Field(() => Int)
  activeCaseload!: number;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Children whose active offer is past its due date without an outcome.' })
  overdueOffers!: number;

  @Field(() => Int, { description: 'Children past the contact standard.' })
  pastContactStandard!: number;
}

@ObjectType('ProviderChildAttention', { description: 'A child of the provider past a deadline: name, LA, advocate and the deadline only, no case content.' })
export class ProviderChildAttentionType {
  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field(() => LocalAuthorityType)
  localAuthority!: LocalAuthorityType;

  @Field(() => ID)
  advocateId!: string;

  @Field()
  advocateName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the overdue active offer was due; null if the offer is not overdue.' })
  offerDueOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days the active offer is overdue; null if it is not.' })
  offerWorkingDaysOverdue!: number | null;

  @Field({ description: 'Whether the child is past the contact standard.' })
  contactOverdue!: boolean;

  @Field(() => String, { nullable: true, description: "When the child's own views were last recorded (ISO 8601); null if never." })
  lastHeardAt!: string | null;

  @Field(() => String, { nullable: true, description: 'One sentence on the contact standard, with UK dates; null if the child is within it.' })
  contactSentence!: string | null;
}

@ObjectType('ProviderOverview', { description: "A provider manager's own provider: caseloads, overdue offers and contact clocks." })
export class ProviderOverviewType {
  @Field()
  providerName!: string;

  @Field(() => [ProviderAdvocateType], { description: 'Fullest first.' })
  advocates!: ProviderAdvocateType[];

  @Field(() => [ProviderChildAttentionType], { description: 'Overdue offers first, then the longest unheard.' })
  childrenNeedingAttention!: ProviderChildAttentionType[];
}
