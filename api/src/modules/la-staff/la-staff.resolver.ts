import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { LaStaffService } from './la-staff.service';
import { AddLaStaffMemberInput, LaStaffMemberType } from './la-staff.types';

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
}
