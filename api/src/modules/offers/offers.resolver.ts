import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { OFFER_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ChildrenService } from '../children/children.service';
import { ChildType } from '../children/dto/child.type';
import { RecordOfferOutcomeInput, RecordOptBackInInput } from './dto/record-offer-outcome.input';
import { OfferOutcomesService } from './offer-outcomes.service';

@Resolver()
export class OffersResolver {
  constructor(
    private readonly outcomes: OfferOutcomesService,
    private readonly children: ChildrenService,
  ) {}

  @Allow(...rolesFor(OFFER_COMMAND_ROLES, 'RECORD_OUTCOME'))
  @Mutation(() => ChildType, { description: "Records the child's answer to an offer: accepted, opted out (in their words) or non-instructed." })
  async recordOfferOutcome(
    @Args('input') input: RecordOfferOutcomeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildType> {
    const childId = await this.outcomes.recordOutcome(caller, input, meta);
    return this.children.child(caller, childId, meta);
  }

  @Allow(...rolesFor(OFFER_COMMAND_ROLES, 'OPT_BACK_IN'))
  @Mutation(() => ChildType, { description: 'The child opts back in to advocacy (at any time after opting out).' })
  async recordOptBackIn(@Args('input') input: RecordOptBackInInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ChildType> {
    const childId = await this.outcomes.optBackIn(caller, input, meta);
    return this.children.child(caller, childId, meta);
  }
}
