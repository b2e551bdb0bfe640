import { Args, Query, Resolver } from '@nestjs/graphql';
import { RECORD_ACCESS_HISTORY_READERS } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordAccessHistoryInput } from './dto/record-access-history.input';
import { RecordAccessHistoryType } from './dto/record-access-history.types';
import { RecordAccessHistoryService } from './record-access-history.service';

@Resolver()
export class RecordAccessHistoryResolver {
  constructor(private readonly history: RecordAccessHistoryService) {}

  @Allow(...RECORD_ACCESS_HISTORY_READERS)
  @Query(() => RecordAccessHistoryType, {
    description:
      "Who has seen the child's record (from the audit trail), grouped by organisation and person, in plain words: the child's current advocate only. Reading it is audited.",
  })
  recordAccessHistory(
    @Args('input') input: RecordAccessHistoryInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecordAccessHistoryType> {
    return this.history.read(caller, input, meta);
  }
}
