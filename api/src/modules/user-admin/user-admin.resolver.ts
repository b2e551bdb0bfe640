import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, USER_ADMIN_COMMAND_ROLES } from '@heard/domain';
import { Allow, AllowPublic } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, GraphqlContext, RequestMeta } from '../../common/request/request-context';
import {
  ChangeUserRoleInput,
  InviteUserInput,
  ManagedUserPageType,
  ManagedUserType,
  UserAdminOrganisationsType,
  UsersFilterInput,
} from './dto/user-admin.types';
import { UserAdminService } from './user-admin.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `field`: the argument as the API names it (`id`, `userId`). */
function userIdOf(userId: string, field = 'userId'): string {
  if (!UUID.test(userId)) throw new DomainException('BAD_USER_INPUT', 'Select a user from the list.', { field });
  return userId;
}

/** User administration: administrators only (USER_ADMIN_COMMAND_ROLES), except `setPassword`, which the emailed link's holder calls. */
@Resolver()
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'LIST'))
  @Query(() => ManagedUserPageType, { description: 'User accounts, by name, filtered by role, organisation and status, a page at a time.' })
  users(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => UsersFilterInput, defaultValue: {} }) filter: UsersFilterInput,
  ): Promise<ManagedUserPageType> {
    return this.admin.list(caller, filter);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'LIST'))
  @Query(() => ManagedUserType, { description: 'One user account.' })
  managedUser(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ManagedUserType> {
    return this.admin.one(caller, userIdOf(id, 'id'));
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'LIST'))
  @Query(() => UserAdminOrganisationsType, { description: 'The local authorities and providers a user can belong to.' })
  userAdminOrganisations(): Promise<UserAdminOrganisationsType> {
    return this.admin.organisations();
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'INVITE'))
  @Mutation(() => ManagedUserType, { description: 'Creates an account without a password and emails its user a single-use link (7 days) to choose one.' })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ManagedUserType> {
    return this.admin.invite(caller, input, meta);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'CHANGE_ROLE'))
  @Mutation(() => ManagedUserType, { description: "Changes a user's role and organisation; their sessions end." })
  changeUserRole(@Args('input') input: ChangeUserRoleInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ManagedUserType> {
    return this.admin.changeRole(caller, input, meta);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'DEACTIVATE'))
  @Mutation(() => ManagedUserType, { description: 'Deactivates an account: every session ends at once and it cannot sign in.' })
  deactivateUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ManagedUserType> {
    return this.admin.deactivate(caller, userIdOf(userId), meta);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'REACTIVATE'))
  @Mutation(() => ManagedUserType, { description: 'Lets a deactivated account sign in again.' })
  reactivateUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ManagedUserType> {
    return this.admin.reactivate(caller, userIdOf(userId), meta);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'UNLOCK'))
  @Mutation(() => ManagedUserType, { description: 'Lifts a lockout after too many failed sign-ins.' })
  unlockUser(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ManagedUserType> {
    return this.admin.unlock(caller, userIdOf(userId), meta);
  }

  @Allow(...rolesFor(USER_ADMIN_COMMAND_ROLES, 'FORCE_PASSWORD_RESET'))
  @Mutation(() => ManagedUserType, { description: 'The password stops working, every session ends, and a link to choose a new one is emailed.' })
  forcePasswordReset(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ManagedUserType> {
    return this.admin.forcePasswordReset(caller, userIdOf(userId), meta);
  }

  @AllowPublic()
  @Mutation(() => Boolean, { description: "Chooses a password with an invitation or reset link's token: the link works once, for 7 days." })
  async setPassword(@Args('token') token: string, @Args('password') password: string, @Context() context: GraphqlContext): Promise<boolean> {
    if (token.length > 200)
      throw new DomainException('BAD_USER_INPUT', 'This link is not valid. Ask your administrator to send you a new one.', { field: 'token' });
    if (password.length > 1024) throw new DomainException('BAD_USER_INPUT', 'Your password must be 200 characters or fewer.', { field: 'password' });
    await this.admin.setPassword(token, password, { ...context.meta, operation: 'mutation setPassword' });
    return true;
  }
}
