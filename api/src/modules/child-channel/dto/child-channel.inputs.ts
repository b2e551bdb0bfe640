import { CALL_TIME_MAX_LENGTH, CHILD_MESSAGE_MAX_LENGTH, type ChildChannelKind, type ChildChannelReplyMethod } from '@heard/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ChildChannelKindEnum, ChildChannelReplyMethodEnum } from './child-channel.types';

@InputType({ description: 'What the child sends from their page.' })
export class SendChildChannelInput {
  @Field({ description: 'The secret token from the link.' })
  @IsString()
  @MaxLength(64)
  token!: string;

  @Field(() => ChildChannelKindEnum)
  @IsIn(Object.keys(ChildChannelKindEnum))
  kind!: ChildChannelKind;

  @Field(() => String, { nullable: true, description: `The message, up to ${CHILD_MESSAGE_MAX_LENGTH} characters (required for a MESSAGE).` })
  @IsOptional()
  @IsString()
  @MaxLength(CHILD_MESSAGE_MAX_LENGTH, { message: `Your message must be ${CHILD_MESSAGE_MAX_LENGTH} characters or fewer` })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'For CALL_ME: when suits the child, in their words.' })
  @IsOptional()
  @IsString()
  @MaxLength(CALL_TIME_MAX_LENGTH, { message: `When to call must be ${CALL_TIME_MAX_LENGTH} characters or fewer` })
  callTime?: string | null;
}

@InputType()
export class MarkChildMessageRepliedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'messageId must be a message id' })
  messageId!: string;

  @Field(() => ChildChannelReplyMethodEnum)
  @IsIn(Object.keys(ChildChannelReplyMethodEnum))
  method!: ChildChannelReplyMethod;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;
}
