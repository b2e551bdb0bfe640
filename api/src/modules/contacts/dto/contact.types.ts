import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactKindEnum } from './contact.inputs';
import type { ContactKind } from '@heard/domain';

export enum ContactStandardStatus {
  WITHIN_STANDARD = 'WITHIN_STANDARD',
  PAST_STANDARD = 'PAST_STANDARD',
}
registerEnumType(ContactStandardStatus, {
  name: 'ContactStandardStatus',
  description: 'Whether the child has been heard as often as the contact standard asks.',
});

@ObjectType('ChildContact', { description: "One contact between the child's advocate and the child." })
export class ChildContactType {
  @Field(() => ID)
  id!: string;

  @Field(() => ContactKindEnum)
  kind!: ContactKind;

  @Field({ description: 'When the contact happened (ISO 8601 instant).' })
  occurredAt!: string;

  @Field()
  viewsRecorded!: boolean;

  @Field({ description: 'Advocate-only.' })
  privateNote!: string;

  @Field()
  recordedBy!: string;
}

@ObjectType('ContactStandard', { description: 'Where the child stands against the contact standard. LA managers see the status only.' })
export class ContactStandardType {
  @Field(() => ContactStandardStatus)
  status!: ContactStandardStatus;

  @Field(() => String, { nullable: true, description: "One sentence: why, with UK dates (the child's advocate only)." })
  sentence!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the next contact is due (the child’s advocate only).' })
  nextDueOn!: string | null;
}

@ObjectType('ContactStandardCount', { description: 'Children with a current advocate, and how many of them are past the contact standard.' })
export class ContactStandardCountType {
  @Field()
  name!: string;

  @Field(() => Int)
  children!: number;

  @Field(() => Int)
  pastStandard!: number;
}

@ObjectType('ContactStandardNational')
export class ContactStandardNationalType {
  @Field(() => [ContactStandardCountType])
  byLocalAuthority!: ContactStandardCountType[];

  @Field(() => [ContactStandardCountType])
  byProvider!: ContactStandardCountType[];
}
