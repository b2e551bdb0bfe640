import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RECOMMENDATION_ANSWER_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AnswerVisitRecommendationInput, RecordHomeAnswerInput } from './dto/recommendation-answer.inputs';
import { RecommendationAnswerType, VisitRecommendationToAnswerType } from './dto/recommendation-answer.types';
import { RecommendationAnswersService } from './recommendation-answers.service';

@Resolver()
export class RecommendationAnswersResolver {
  constructor(private readonly service: RecommendationAnswersService) {}

  @Allow(...rolesFor(RECOMMENDATION_ANSWER_COMMAND_ROLES, 'ANSWER_FOR_LA'))
  @Query(() => [VisitRecommendationToAnswerType], {
    description: "Visit recommendations the caller's local authority answers: those still to answer first (soonest due), then those answered.",
  })
  visitRecommendationsToAnswer(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<VisitRecommendationToAnswerType[]> {
    return this.service.toAnswer(caller, meta);
  }

  @Allow(...rolesFor(RECOMMENDATION_ANSWER_COMMAND_ROLES, 'ANSWER_FOR_LA'))
  @Mutation(() => RecommendationAnswerType, {
    description: 'A manager of a placing local authority answers a visit recommendation, once; a second answer gets CONFLICT.',
  })
  answerVisitRecommendation(
    @Args('input') input: AnswerVisitRecommendationInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecommendationAnswerType> {
    return this.service.answerForLa(caller, input, meta);
  }

  @Allow(...rolesFor(RECOMMENDATION_ANSWER_COMMAND_ROLES, 'RECORD_HOME_ANSWER'))
  @Mutation(() => RecommendationAnswerType, {
    description: "The home's responsible advocate records the home's answer to a recommendation and the date it was received, once.",
  })
  recordHomeAnswer(
    @Args('input') input: RecordHomeAnswerInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecommendationAnswerType> {
    return this.service.recordHomeAnswer(caller, input, meta);
  }
}
