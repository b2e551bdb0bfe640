import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, YOU_SAID_WE_DID_COMMAND_ROLES } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { SetViewOutcomeInput } from './dto/you-said-we-did.inputs';
import { YouSaidWeDidItemType } from './dto/you-said-we-did.types';
import { YouSaidWeDidService } from './you-said-we-did.service';

@Resolver()
export class YouSaidWeDidResolver {
  constructor(private readonly service: YouSaidWeDidService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [YouSaidWeDidItemType], {
    description:
      '"You said, we did": what the child said at their meetings and what became of it, open items first. The child’s advocates see every item; LA managers of the child’s LA only those the child agreed to share.',
  })
  youSaidWeDid(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<YouSaidWeDidItemType[]> {
    return this.service.list(caller, childId, meta);
  }

  @Allow(...rolesFor(YOU_SAID_WE_DID_COMMAND_ROLES, 'SET_OUTCOME'))
  @Mutation(() => YouSaidWeDidItemType, {
    description: 'The child’s current advocate records what became of one thing the child said; CONFLICT when someone saved it since the version read.',
  })
  setViewOutcome(
    @Args('input') input: SetViewOutcomeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<YouSaidWeDidItemType> {
    return this.service.set(caller, input, meta);
  }
}
