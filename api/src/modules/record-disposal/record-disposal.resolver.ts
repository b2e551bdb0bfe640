import { Query, Resolver } from '@nestjs/graphql';
import { RECORD_DISPOSAL_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordDisposalType, RecordDueForDisposalType } from './dto/record-disposal.types';
import { RecordDisposalService } from './record-disposal.service';

@Resolver()
export class RecordDisposalResolver {
  constructor(private readonly disposal: RecordDisposalService) {}

  @Allow(...rolesFor(RECORD_DISPOSAL_ROLES, 'RECORDS_DUE_FOR_DISPOSAL'))
  @Query(() => [RecordDueForDisposalType], {
    description: "Your LA's children whose record is in its notice period or past its retention date, with any legal hold. Reading it is audited.",
  })
  recordsDueForDisposal(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<RecordDueForDisposalType[]> {
    return this.disposal.due(caller, meta);
  }

  @Allow(...rolesFor(RECORD_DISPOSAL_ROLES, 'RECORD_DISPOSALS'))
  @Query(() => [RecordDisposalType], {
    description: "The register of your LA's records disposed of, newest first: when, by which rule, and what was done to each table.",
  })
  recordDisposals(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<RecordDisposalType[]> {
    return this.disposal.register(caller, meta);
  }
}
