import { ORGANISATION_ADMIN_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AllocationService } from '../assignments/allocation.service';
import { AdvocateCaseloadType } from '../assignments/dto/allocation.types';
import { AdvocatesService } from './advocates.service';
import { AdvocateProfileType, UpdateAdvocateInput } from './dto/advocate-profile.types';
import { AdvocacyProviderType, CreateAdvocateInput } from './dto/create-advocate.input';

@Resolver()
export class AdvocatesResolver {
  constructor(
    private readonly advocates: AdvocatesService,
    private readonly allocation: AllocationService,
  ) {}

  @Allow('COMMISSIONER_STAFF', 'ADMIN')
  @Query(() => [AdvocacyProviderType], { description: 'Advocacy providers and the LAs they cover.' })
  advocacyProviders(): Promise<AdvocacyProviderType[]> {
    return this.advocates.providers();
  }

  @Allow('ADMIN')
  @Mutation(() => AdvocateCaseloadType, { description: 'Adds an advocate (and their sign-in); waiting children are assigned to them at once.' })
  async createAdvocate(
    @Args('input') input: CreateAdvocateInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocateCaseloadType> {
    const id = await this.advocates.create(caller, input, meta);
    const found = (await this.allocation.caseloads()).find((c) => c.advocateId === id);
    if (found === undefined) throw new Error('created advocate not found');
    return found;
  }

  @Allow(...rolesFor(ORGANISATION_ADMIN_COMMAND_ROLES, 'VIEW_ADVOCATES'))
  @Query(() => [AdvocateProfileType], { description: "Advocates (one provider's, or all) with caseload, cap, languages, employer and availability." })
  advocateProfiles(@Args('advocacyProviderId', { type: () => ID, nullable: true }) advocacyProviderId: string | null): Promise<AdvocateProfileType[]> {
    return this.advocates.profiles(advocacyProviderId ?? null);
  }

  @Allow(...rolesFor(ORGANISATION_ADMIN_COMMAND_ROLES, 'UPDATE_ADVOCATE'))
  @Mutation(() => AdvocateProfileType, { description: "Changes an advocate's provider, employing LA, languages, cap and availability." })
  updateAdvocate(
    @Args('input') input: UpdateAdvocateInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocateProfileType> {
    return this.advocates.update(caller, input, meta);
  }
}
