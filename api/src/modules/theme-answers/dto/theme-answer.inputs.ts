import { Field, ID, InputType } from '@nestjs/graphql';
import { CONCERN_THEMES, type ConcernTheme, THEME_ANSWER_TEXT_MAX, THEME_PROVIDER_NAME_MAX } from '@heard/domain';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';

const tooLong = (field: string) => ({ message: `${field} must be ${THEME_ANSWER_TEXT_MAX} characters or fewer` });

@InputType({ description: 'A theme the Commissioner puts to a local authority, and what it asks.' })
export class PutThemeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId!: string;

  @Field(() => ConcernThemeEnum)
  @IsIn([...CONCERN_THEMES], { message: 'theme must be one of the taxonomy' })
  theme!: ConcernTheme;

  @Field({ description: 'What the Commissioner asks the local authority about this theme.' })
  @IsString()
  @MaxLength(THEME_ANSWER_TEXT_MAX, tooLong('question'))
  question!: string;
}

@InputType({ description: "A theme the Commissioner puts to a children's home provider, and what it asks." })
export class PutThemeToProviderInput {
  @Field({ description: "The provider, as the children's homes name it (see themeProviders)." })
  @IsString()
  @MaxLength(THEME_PROVIDER_NAME_MAX, { message: `providerName must be ${THEME_PROVIDER_NAME_MAX} characters or fewer` })
  providerName!: string;

  @Field(() => ConcernThemeEnum)
  @IsIn([...CONCERN_THEMES], { message: 'theme must be one of the taxonomy' })
  theme!: ConcernTheme;

  @Field({ description: 'What the Commissioner asks the provider about this theme.' })
  @IsString()
  @MaxLength(THEME_ANSWER_TEXT_MAX, tooLong('question'))
  question!: string;
}

@InputType({ description: "The local authority's answer: what it found, what it will do, and by when." })
export class AnswerThemeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'themeRequestId must be a theme request id' })
  themeRequestId!: string;

  @Field()
  @IsString()
  @MaxLength(THEME_ANSWER_TEXT_MAX, tooLong('found'))
  found!: string;

  @Field()
  @IsString()
  @MaxLength(THEME_ANSWER_TEXT_MAX, tooLong('willDo'))
  willDo!: string;

  @Field({ description: 'YYYY-MM-DD: when what it will do will be done (after today; for a provider, after the answer was received).' })
  @IsCalendarDate('event')
  byWhen!: string;
}

@InputType({ description: "A provider's answer, recorded by Commissioner staff: what it found, will do, by when, and when it was received." })
export class RecordProviderAnswerInput extends AnswerThemeInput {
  @Field({ description: 'YYYY-MM-DD: the date the answer was received, not before the theme was put and not after today.' })
  @IsCalendarDate('event')
  receivedOn!: string;
}

@InputType({ description: 'An action following an answer, with its owner and due date.' })
export class AddThemeFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'themeRequestId must be a theme request id' })
  themeRequestId!: string;

  @Field()
  @IsString()
  @MaxLength(THEME_ANSWER_TEXT_MAX, tooLong('action'))
  action!: string;

  @Field()
  @IsString()
  @MaxLength(200, { message: 'owner must be 200 characters or fewer' })
  owner!: string;

  @Field({ description: 'YYYY-MM-DD, after today.' })
  @IsCalendarDate('event')
  dueOn!: string;
}
