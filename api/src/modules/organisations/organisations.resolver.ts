import { ORGANISATION_ADMIN_COMMAND_ROLES as ADMIN, rolesFor } from '@heard/domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AdvocacyProviderType } from '../advocates/dto/create-advocate.input';
import { LocalAuthorityType } from '../children/dto/child-summary.type';
import {
  CreateAdvocacyProviderInput,
  CreateLocalAuthorityInput,
  RenameAdvocacyProviderInput,
  RenameLocalAuthorityInput,
  SetProviderCoverageInput,
} from './dto/organisation-admin.types';
import { OrganisationsService } from './organisations.service';

/** Administrators manage LAs and advocacy providers here (the providers are listed by `advocacyProviders`). */
@Resolver()
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Allow(...rolesFor(ADMIN, 'VIEW_LOCAL_AUTHORITIES'))
  @Query(() => [LocalAuthorityType], { description: 'Every local authority, by name.' })
  localAuthorities(): Promise<LocalAuthorityType[]> {
    return this.organisations.localAuthorities();
  }

  @Allow(...rolesFor(ADMIN, 'CREATE_LOCAL_AUTHORITY'))
  @Mutation(() => LocalAuthorityType, { description: 'Adds a local authority with its unique three-digit code.' })
  createLocalAuthority(
    @Args('input') input: CreateLocalAuthorityInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<LocalAuthorityType> {
    return this.organisations.createLocalAuthority(caller, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'RENAME_LOCAL_AUTHORITY'))
  @Mutation(() => LocalAuthorityType, { description: 'Renames a local authority (its code never changes).' })
  renameLocalAuthority(
    @Args('input') input: RenameLocalAuthorityInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<LocalAuthorityType> {
    return this.organisations.renameLocalAuthority(caller, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'CREATE_PROVIDER'))
  @Mutation(() => AdvocacyProviderType, { description: 'Adds an independent advocacy provider (covering no LA yet).' })
  createAdvocacyProvider(
    @Args('input') input: CreateAdvocacyProviderInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocacyProviderType> {
    return this.organisations.createProvider(caller, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'RENAME_PROVIDER'))
  @Mutation(() => AdvocacyProviderType, { description: 'Renames an advocacy provider.' })
  renameAdvocacyProvider(
    @Args('input') input: RenameAdvocacyProviderInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocacyProviderType> {
    return this.organisations.renameProvider(caller, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'SET_PROVIDER_COVERAGE'))
  @Mutation(() => AdvocacyProviderType, {
    description: 'Sets which LAs a provider covers; refused for an LA whose children its advocates still represent.',
  })
  setProviderCoverage(
    @Args('input') input: SetProviderCoverageInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocacyProviderType> {
    return this.organisations.setCoverage(caller, input, meta);
  }
}
