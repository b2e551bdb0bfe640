import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AdvocateCard', { description: 'What a child needs to know about their advocate, for the printable card.' })
export class AdvocateCardType {
  @Field({ description: 'The name the child likes to be called.' })
  childName!: string;

  @Field()
  advocateName!: string;

  @Field()
  advocateEmail!: string;

  @Field(() => String, { nullable: true })
  advocatePhone!: string | null;

  @Field()
  providerName!: string;
}
