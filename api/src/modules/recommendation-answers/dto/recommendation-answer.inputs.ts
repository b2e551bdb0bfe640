import { Field, ID, InputType } from '@nestjs/graphql';
import { RECOMMENDATION_ANSWER_MAX } from '@heard/domain';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

@InputType({ description: 'A local authority’s answer to a visit recommendation: what it did or will do.' })
export class AnswerVisitRecommendationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'answerId must be an answer id' })
  answerId!: string;

  @Field()
  @IsString()
  @MaxLength(RECOMMENDATION_ANSWER_MAX, { message: `response must be ${RECOMMENDATION_ANSWER_MAX} characters or fewer` })
  response!: string;
}

@InputType({ description: 'The home’s answer to a visit recommendation, as received by its responsible advocate.' })
export class RecordHomeAnswerInput extends AnswerVisitRecommendationInput {
  @Field({ description: 'YYYY-MM-DD: the date the home’s answer was received, from the report’s submission to today.' })
  @IsCalendarDate('event')
  receivedOn!: string;
}
