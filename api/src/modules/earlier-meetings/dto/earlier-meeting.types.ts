import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type DeadlineStatus, EARLIER_MEETING_ANSWERS, type EarlierMeetingAnswer } from '@heard/domain';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { DeadlineStatusEnum } from '../../meetings/dto/follow-through.enums';

export const EarlierMeetingAnswerEnum = Object.fromEntries(EARLIER_MEETING_ANSWERS.map((k) => [k, k])) as { [K in EarlierMeetingAnswer]: K };
registerEnumType(EarlierMeetingAnswerEnum, { name: 'EarlierMeetingAnswer', description: 'The LA agrees to an earlier meeting, or declines with reasons.' });

@InputType()
export class RequestEarlierMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'Why the child needs an earlier meeting.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter why an earlier meeting is needed (up to 2000 characters)' })
  reason!: string;
}

@InputType()
export class AnswerEarlierMeetingRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'requestId must be a request id' })
  requestId!: string;

  @Field(() => EarlierMeetingAnswerEnum)
  @IsIn([...EARLIER_MEETING_ANSWERS], { message: 'answer must be AGREED or DECLINED' })
  answer!: EarlierMeetingAnswer;

  @Field(() => String, { nullable: true, description: 'When agreed: the day the meeting is (or will be) held, YYYY-MM-DD, today or later.' })
  @IsOptional()
  @IsCalendarDate('event')
  meetingOn?: string | null;

  @Field(() => String, { nullable: true, description: 'When declined: the reasons, for the advocate and the child.' })
  @IsOptional()
  @IsString()
  @Length(0, 2000, { message: 'Enter the reasons in up to 2000 characters' })
  reasons?: string | null;
}

@ObjectType('EarlierMeetingRequest', { description: "An advocate's request for an earlier meeting and the LA's answer." })
export class EarlierMeetingRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  requestedByName!: string;

  @Field()
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  requestedOn!: string;

  @Field({ description: 'YYYY-MM-DD: the LA answers by the end of this working day.' })
  answerDueBy!: string;

  @Field({ description: 'How the answer date was worked out.' })
  answerDueExplanation!: string;

  @Field(() => DeadlineStatusEnum, { description: 'ON_TIME or LATE once answered; AWAITED or OVERDUE until then.' })
  answerStatus!: DeadlineStatus;

  @Field(() => EarlierMeetingAnswerEnum, { nullable: true })
  answer!: EarlierMeetingAnswer | null;

  @Field(() => String, { nullable: true })
  answeredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When agreed: the day of the earlier meeting.' })
  meetingOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When declined: the reasons.' })
  answerReasons!: string | null;

  @Field(() => String, { nullable: true })
  answeredByName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The concern raised because the request went unanswered.' })
  concernId!: string | null;

  @Field({ description: "Whether the caller (the child's current advocate) may raise a concern about it now, in one step." })
  canRaiseConcern!: boolean;

  @Field({ description: "Whether the caller (a manager of the child's LA) may answer it." })
  canAnswer!: boolean;
}
