import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordSignificantChangeInput, SignificantChangesSinceLastMeetingType, SignificantChangeType } from './dto/significant-change.types';
import { SignificantChangesService } from './significant-changes.service';

@Resolver()
export class SignificantChangesResolver {
  constructor(private readonly changes: SignificantChangesService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => SignificantChangesSinceLastMeetingType, {
    description: "The significant changes recorded for the child since their last held meeting: the child's advocates and their LA's managers.",
  })
  significantChangesSinceLastMeeting(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SignificantChangesSinceLastMeetingType> {
    return this.changes.sinceLastMeeting(caller, childId, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => SignificantChangeType, {
    description: "Records a change of legal status or to the care plan for a child of the caller's LA; the child's advocate is told at once.",
  })
  recordSignificantChange(
    @Args('input') input: RecordSignificantChangeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SignificantChangeType> {
    return this.changes.record(caller, input, meta);
  }
}
