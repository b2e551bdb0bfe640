import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

const DECISION_ID = { message: 'decisionId must be a meeting decision id' };

@InputType()
export class SetDecisionImplementByInput {
  @Field(() => ID)
  @IsUUID('all', DECISION_ID)
  decisionId!: string;

  @Field({ description: 'YYYY-MM-DD: the date the decision is to be implemented by.' })
  @IsCalendarDate('event')
  implementBy!: string;
}

@InputType()
export class MarkDecisionImplementedInput {
  @Field(() => ID)
  @IsUUID('all', DECISION_ID)
  decisionId!: string;

  @Field({ description: 'YYYY-MM-DD: the day it was implemented (today or earlier).' })
  @IsCalendarDate('event')
  implementedOn!: string;
}

@InputType()
export class ChallengeDecisionInput {
  @Field(() => ID)
  @IsUUID('all', DECISION_ID)
  decisionId!: string;

  @Field({ description: 'YYYY-MM-DD: the day the LA challenged it (today or earlier, within the window).' })
  @IsCalendarDate('event')
  challengedOn!: string;

  @Field({ description: 'Why the local authority challenges the decision.' })
  @IsString()
  @Length(1, 5000, { message: 'Say why the local authority challenges this decision (up to 5000 characters)' })
  reasons!: string;
}
