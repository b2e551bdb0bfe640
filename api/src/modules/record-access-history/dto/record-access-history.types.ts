import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RecordAccess', { description: 'One time someone saw or changed the record (or tried to and was refused).' })
export class RecordAccessType {
  @Field(() => Date)
  at!: Date;

  @Field({ description: 'London date and time in words: "3 March 2026 at 14:05 GMT".' })
  when!: string;

  @Field({ description: 'What they did, in plain words.' })
  what!: string;

  @Field({ description: 'Why, in plain words (the audited purpose).' })
  why!: string;

  @Field({ description: 'True when the attempt was refused and nothing was shown or changed.' })
  refused!: boolean;
}

@ObjectType('RecordAccessPerson', { description: 'One person (or the child, or Heard itself) and everything they did on the record.' })
export class RecordAccessPersonType {
  @Field()
  name!: string;

  @Field({ description: 'Their role in words.' })
  roleInWords!: string;

  @Field({ description: 'One sentence a child can follow.' })
  summary!: string;

  @Field(() => [RecordAccessType], { description: 'Newest first.' })
  accesses!: RecordAccessType[];
}

@ObjectType('RecordAccessOrganisation', {
  description: "An organisation whose people saw or changed the record: an LA, an advocacy provider, the Children's Commissioner, Heard's administrators.",
})
export class RecordAccessOrganisationType {
  @Field({ description: 'LOCAL_AUTHORITY, ADVOCACY_PROVIDER, COMMISSIONER, ADMINISTRATORS, THE_CHILD or HEARD.' })
  kind!: string;

  @Field()
  name!: string;

  @Field()
  summary!: string;

  @Field(() => [RecordAccessPersonType])
  people!: RecordAccessPersonType[];
}

@ObjectType('RecordAccessHistory', { description: "Who has seen the child's record: every person and organisation that viewed or changed it, when and why." })
export class RecordAccessHistoryType {
  @Field(() => ID)
  childId!: string;

  @Field({ description: "The child's first name." })
  childGivenName!: string;

  @Field({ description: 'The first day covered, YYYY-MM-DD.' })
  fromOn!: string;

  @Field({ description: 'The last day covered, YYYY-MM-DD.' })
  toOn!: string;

  @Field({ description: 'One sentence about the whole period.' })
  overview!: string;

  @Field(() => Int, { description: 'How many times the record was seen or changed in the period (up to the limit).' })
  total!: number;

  @Field({ description: 'True when there were more events than one history shows: choose a shorter period to see the rest.' })
  truncated!: boolean;

  @Field(() => [RecordAccessOrganisationType])
  organisations!: RecordAccessOrganisationType[];
}
