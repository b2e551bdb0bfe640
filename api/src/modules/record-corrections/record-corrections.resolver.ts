import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RECORD_CORRECTION_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AddRecordCorrectionInput, RecordCorrectionType } from './dto/record-correction.types';
import { RecordCorrectionsService } from './record-corrections.service';

@Resolver()
export class RecordCorrectionsResolver {
  constructor(private readonly corrections: RecordCorrectionsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [RecordCorrectionType], {
    description: "A child's corrections and disagreements the caller may see (the item's own visibility), oldest first.",
  })
  recordCorrections(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecordCorrectionType[]> {
    return this.corrections.ofChild(caller, childId, meta);
  }

  @Allow(...rolesFor(RECORD_CORRECTION_COMMAND_ROLES, 'ADD'))
  @Mutation(() => RecordCorrectionType, {
    description:
      "Adds a correction (the child's current advocate or the child's LA) or the child's disagreement (their advocate) to a recorded item; the original stays.",
  })
  addRecordCorrection(
    @Args('input') input: AddRecordCorrectionInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecordCorrectionType> {
    return this.corrections.add(caller, input, meta);
  }
}
