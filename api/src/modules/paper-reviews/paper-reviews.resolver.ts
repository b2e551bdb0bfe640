import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordPaperReviewConsultationInput, SignOffPaperReviewInput } from './dto/paper-review.inputs';
import { PaperReviewType } from './dto/paper-review.types';
import { PaperReviewsService } from './paper-reviews.service';

@Resolver()
export class PaperReviewsResolver {
  constructor(private readonly reviews: PaperReviewsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => PaperReviewType, { description: "The child's paper review between yearly meetings, with its due date and why; or why they have none." })
  paperReview(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<PaperReviewType> {
    return this.reviews.read(caller, childId, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Mutation(() => PaperReviewType, {
    description: "Records a consultation for the paper review: the child's by their current advocate; the carers' and social worker's by the child's LA.",
  })
  recordPaperReviewConsultation(
    @Args('input') input: RecordPaperReviewConsultationInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<PaperReviewType> {
    return this.reviews.consult(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => PaperReviewType, {
    description: 'A manager of the child’s LA signs the paper review off for its chair, once every consultation is recorded.',
  })
  signOffPaperReview(
    @Args('input') input: SignOffPaperReviewInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<PaperReviewType> {
    return this.reviews.signOff(caller, input, meta);
  }
}
