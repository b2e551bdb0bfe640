import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ConcernTheme, RecommendationAnswerCommand, RecommendationAnswerer, RecommendationAnswerStatus } from '@heard/domain';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { ThemeRequestStatusEnum } from '../../theme-answers/dto/theme-answer.types';

export const RecommendationAnswererEnum = { HOME: 'HOME', LOCAL_AUTHORITY: 'LOCAL_AUTHORITY' } as const satisfies { [K in RecommendationAnswerer]: K };
registerEnumType(RecommendationAnswererEnum, { name: 'RecommendationAnswerer', description: 'The home, or a local authority that placed children there.' });

export const RecommendationAnswerCommandEnum = { ANSWER_FOR_LA: 'ANSWER_FOR_LA', RECORD_HOME_ANSWER: 'RECORD_HOME_ANSWER' } as const satisfies {
  [K in RecommendationAnswerCommand]: K;
};
registerEnumType(RecommendationAnswerCommandEnum, { name: 'RecommendationAnswerCommand' });

@ObjectType('RecommendationAnswer', {
  description: 'An answer a visit recommendation is owed, by the home or a placing local authority, due in 20 working days from the report’s submission.',
})
export class RecommendationAnswerType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  recommendationId!: string;

  @Field(() => RecommendationAnswererEnum)
  answerer!: RecommendationAnswerer;

  @Field({ description: 'The home’s or the local authority’s name.' })
  answererName!: string;

  @Field({ description: 'YYYY-MM-DD: the London date the report was submitted and the answer asked for.' })
  openedOn!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => ThemeRequestStatusEnum)
  status!: RecommendationAnswerStatus;

  @Field()
  statusLabel!: string;

  @Field({ description: 'Overdue, or answered after the date it was due.' })
  late!: boolean;

  @Field(() => String, { nullable: true, description: 'What was done or will be done about the recommendation.' })
  response!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the LA’s answer date, or the date the home’s answer was received.' })
  answeredOn!: string | null;

  @Field(() => [RecommendationAnswerCommandEnum])
  allowedCommands!: RecommendationAnswerCommand[];
}

@ObjectType('VisitRecommendationToAnswer', { description: 'A recommendation of a visit report that the caller’s local authority answers.' })
export class VisitRecommendationToAnswerType {
  @Field(() => RecommendationAnswerType)
  answer!: RecommendationAnswerType;

  @Field()
  what!: string;

  @Field()
  owner!: string;

  @Field({ description: 'YYYY-MM-DD: when the recommendation is to be done.' })
  recommendationDueOn!: string;

  @Field(() => [ConcernThemeEnum])
  themes!: ConcernTheme[];

  @Field({ description: 'The recommendation is about one child the local authority placed there.' })
  aboutAChild!: boolean;

  @Field(() => ID)
  homeId!: string;

  @Field()
  homeName!: string;

  @Field(() => ID)
  visitId!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  visitOn!: string;
}
