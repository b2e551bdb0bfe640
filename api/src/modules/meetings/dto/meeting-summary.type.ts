import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('MeetingSummary')
export class MeetingSummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  scheduledOn!: string;

  @Field()
  status!: string;
}
