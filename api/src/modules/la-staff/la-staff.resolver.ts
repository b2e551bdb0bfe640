import { ORGANISATION_ADMIN_COMMAND_ROLES as ADMIN, rolesFor } from '@heard/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { LaStaffService } from './la-staff.service';
import { AddLaStaffMemberInput, AddLaStaffMemberToLaInput, LaStaffMemberType, UpdateLaStaffMemberInput } from './la-staff.types';

@Resolver()
export class LaStaffResolver {
  constructor(private readonly staff: LaStaffService) {}

  @Allow('LA_MANAGER')
  @Query(() => [LaStaffMemberType], { description: "Social workers and managers of the caller's LA." })
  laStaff(@CurrentCaller() caller: Caller): Promise<LaStaffMemberType[]> {
    return this.staff.list(caller);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => LaStaffMemberType, { description: 'Adds a social worker or team manager to your LA.' })
  addLaStaffMember(
    @Args('input') input: AddLaStaffMemberInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<LaStaffMemberType> {
    return this.staff.add(caller, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'VIEW_LA_STAFF'))
  @Query(() => [LaStaffMemberType], { description: "Any LA's social workers and managers, for an administrator." })
  laStaffOf(@Args('localAuthorityId', { type: () => ID }) localAuthorityId: string): Promise<LaStaffMemberType[]> {
    return this.staff.listOf(localAuthorityId);
  }

  @Allow(...rolesFor(ADMIN, 'ADD_LA_STAFF'))
  @Mutation(() => LaStaffMemberType, { description: 'Adds a social worker or team manager to any LA.' })
  addLaStaffMemberToLa(
    @Args('input') input: AddLaStaffMemberToLaInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<LaStaffMemberType> {
    return this.staff.addTo(caller, input.localAuthorityId, input, meta);
  }

  @Allow(...rolesFor(ADMIN, 'UPDATE_LA_STAFF'))
  @Mutation(() => LaStaffMemberType, { description: "Edits an LA staff member's record, or deactivates them." })
  updateLaStaffMember(
    @Args('input') input: UpdateLaStaffMemberInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<LaStaffMemberType> {
    return this.staff.update(caller, input, meta);
  }
}
