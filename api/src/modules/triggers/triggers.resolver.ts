import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CHILD_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordLeftCareInput, RecordPlacementChangeInput, RecordTriggerEventInput } from './dto/record-trigger-event.input';
import { TriggerResultType } from './dto/trigger-result.type';
import { TriggersService } from './triggers.service';

@Resolver()
export class TriggersResolver {
  constructor(private readonly triggers: TriggersService) {}

  @Allow('LA_MANAGER')
  @Mutation(() => TriggerResultType, { description: 'Records a trigger event (creating the child if new); an advocate is assigned or the child is queued.' })
  recordTriggerEvent(
    @Args('input') input: RecordTriggerEventInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<TriggerResultType> {
    return this.triggers.record(caller, input, meta);
  }

  @Allow(...rolesFor(CHILD_COMMAND_ROLES, 'RECORD_PLACEMENT_CHANGE'))
  @Mutation(() => TriggerResultType, { description: 'Records a change of placement; a child who opted out is offered advocacy again.' })
  recordPlacementChange(
    @Args('input') input: RecordPlacementChangeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<TriggerResultType> {
    return this.triggers.placementChanged(caller, input, meta);
  }

  @Allow(...rolesFor(CHILD_COMMAND_ROLES, 'RECORD_LEFT_CARE'))
  @Mutation(() => TriggerResultType, { description: 'Records that the child left care; their advocate’s place frees for a waiting child.' })
  recordLeftCare(@Args('input') input: RecordLeftCareInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<TriggerResultType> {
    return this.triggers.leftCare(caller, input, meta);
  }
}
