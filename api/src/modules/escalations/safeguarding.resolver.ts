import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, SAFEGUARDING_COMMAND_ROLES as ROLES } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RaiseSafeguardingConcernInput, SafeguardingAlertType, SafeguardingContactInput, SafeguardingContactType } from './dto/safeguarding.types';
import { SafeguardingContactsService } from './safeguarding-contacts.service';
import { SafeguardingService } from './safeguarding.service';

@Resolver()
export class SafeguardingResolver {
  constructor(
    private readonly safeguarding: SafeguardingService,
    private readonly contacts: SafeguardingContactsService,
  ) {}

  @Allow(...rolesFor(ROLES, 'RAISE'))
  @Mutation(() => SafeguardingAlertType, {
    description: "The child's advocate records an immediate safeguarding concern: it bypasses the ladder and the LA's safeguarding contact is told at once.",
  })
  raiseSafeguardingConcern(
    @Args('input') input: RaiseSafeguardingConcernInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SafeguardingAlertType> {
    return this.safeguarding.raise(caller, input, meta);
  }

  @Allow(...rolesFor(ROLES, 'VIEW_WAITING'))
  @Query(() => [SafeguardingAlertType], { description: "The caller's LA's immediate safeguarding concerns not yet acknowledged, earliest deadline first." })
  safeguardingAlertsWaiting(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<SafeguardingAlertType[]> {
    return this.safeguarding.waiting(caller, meta);
  }

  @Allow(...rolesFor(ROLES, 'ACKNOWLEDGE'))
  @Mutation(() => SafeguardingAlertType, { description: "A manager of the child's LA acknowledges an immediate safeguarding concern; only once." })
  acknowledgeSafeguardingAlert(
    @Args('alertId', { type: () => ID }) alertId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SafeguardingAlertType> {
    return this.safeguarding.acknowledge(caller, alertId, meta);
  }

  @Allow(...rolesFor(ROLES, 'VIEW_CONTACT'))
  @Query(() => SafeguardingContactType, { nullable: true, description: "The LA's named safeguarding contact, if set." })
  safeguardingContact(
    @Args('localAuthorityId', { type: () => ID }) localAuthorityId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SafeguardingContactType | null> {
    return this.contacts.contact(caller, localAuthorityId, meta);
  }

  @Allow(...rolesFor(ROLES, 'SET_CONTACT'))
  @Mutation(() => SafeguardingContactType, { description: "Sets the LA's named safeguarding contact, who acknowledges alerts, and its director." })
  setSafeguardingContact(
    @Args('input') input: SafeguardingContactInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SafeguardingContactType> {
    return this.contacts.set(caller, input, meta);
  }
}
