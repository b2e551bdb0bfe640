import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const REVIEW_OUTCOMES = ['DONE', 'NOT_DONE', 'CARRIED_OVER'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const ReviewOutcomeEnum = Object.fromEntries(REVIEW_OUTCOMES.map((o) => [o, o])) as { [K in ReviewOutcome]: K };
registerEnumType(ReviewOutcomeEnum, { name: 'ActionReviewOutcome' });

@InputType()
export class RecordActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: 'What will be done.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter what will be done (up to 2,000 characters)' })
  what!: string;

  @Field({ description: 'Who will do it.' })
  @IsString()
  @Length(1, 200, { message: 'Enter who owns the action' })
  owner!: string;

  @Field({ description: 'YYYY-MM-DD, after the meeting.' })
  @IsCalendarDate('event')
  dueOn!: string;

  @Field({ description: 'How it will be monitored.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter how the action will be monitored' })
  monitoring!: string;
}

@InputType()
export class ReviewActionInput {
  @Field(() => ID, { description: 'The meeting reviewing the action.' })
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be an action id' })
  actionId!: string;

  @Field(() => ReviewOutcomeEnum)
  @IsIn([...REVIEW_OUTCOMES])
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Required when not done or carried over.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  reason?: string | null;
}
