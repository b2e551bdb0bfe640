import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Role, type UserAccountCommand, type UserStatus, USER_STATUSES } from '@heard/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { RoleEnum } from '../../users/user.type';

export const UserStatusEnum = Object.fromEntries(USER_STATUSES.map((s) => [s, s])) as { [K in UserStatus]: K };
registerEnumType(UserStatusEnum, {
  name: 'UserStatus',
  description: 'ACTIVE; INVITED (no password yet: invited, or a reset not yet done); LOCKED (too many failed sign-ins); DEACTIVATED.',
});

const ACCOUNT_COMMANDS: readonly UserAccountCommand[] = ['CHANGE_ROLE', 'DEACTIVATE', 'REACTIVATE', 'UNLOCK', 'FORCE_PASSWORD_RESET'];
export const UserAccountCommandEnum = Object.fromEntries(ACCOUNT_COMMANDS.map((c) => [c, c])) as { [K in UserAccountCommand]: K };
registerEnumType(UserAccountCommandEnum, { name: 'UserAccountCommand', description: 'What an administrator may do to an account now.' });

@ObjectType('OrganisationOption')
export class OrganisationOptionType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('ManagedUser', { description: 'A user account as an administrator sees it: who, role, organisation and status; never case content.' })
export class ManagedUserType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => OrganisationOptionType, { nullable: true, description: "An LA manager's local authority." })
  localAuthority!: OrganisationOptionType | null;

  @Field(() => OrganisationOptionType, { nullable: true, description: "An advocate's advocacy provider." })
  advocacyProvider!: OrganisationOptionType | null;

  @Field(() => UserStatusEnum)
  status!: UserStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When their latest session began; null if they have never signed in.' })
  lastSignInAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'While LOCKED: when the lock ends by itself.' })
  lockedUntil!: Date | null;

  @Field(() => [UserAccountCommandEnum], { description: 'What the caller may do to this account now.' })
  allowedCommands!: UserAccountCommand[];
}

@ObjectType('ManagedUserPage')
export class ManagedUserPageType {
  @Field(() => [ManagedUserType])
  users!: ManagedUserType[];

  @Field(() => Int, { description: 'How many users match the filter, on every page.' })
  total!: number;

  @Field(() => Int)
  offset!: number;

  @Field(() => Int)
  limit!: number;
}

@ObjectType('UserAdminOrganisations', { description: 'The local authorities and advocacy providers a user can belong to.' })
export class UserAdminOrganisationsType {
  @Field(() => [OrganisationOptionType])
  localAuthorities!: OrganisationOptionType[];

  @Field(() => [OrganisationOptionType])
  advocacyProviders!: OrganisationOptionType[];
}

@InputType()
export class UsersFilterInput {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(RoleEnum))
  role?: Role | null;

  @Field(() => UserStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only users of this local authority or advocacy provider.' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a local authority or provider id' })
  organisationId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'offset must be 0 or more' })
  offset?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 25, description: '1 to 100; 25 unless given.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'limit must be from 1 to 100' })
  @Max(100, { message: 'limit must be from 1 to 100' })
  limit?: number | null;
}

/** A role and the organisation it needs (an LA for an LA manager, a provider for an advocate), as both forms send them. */
@InputType({ isAbstract: true })
abstract class RoleAndOrganisationInput {
  @Field(() => RoleEnum)
  @IsIn(Object.keys(RoleEnum))
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for an LA manager, empty for anyone else.' })
  @IsOptional()
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for an advocate, empty for anyone else.' })
  @IsOptional()
  @IsUUID('all', { message: 'advocacyProviderId must be an advocacy provider id' })
  advocacyProviderId?: string | null;
}

@InputType()
export class InviteUserInput extends RoleAndOrganisationInput {
  @Field()
  @IsString()
  @MaxLength(400, { message: 'displayName must be 120 characters or fewer' })
  displayName!: string;

  @Field()
  @IsString()
  @MaxLength(400, { message: 'email must be 320 characters or fewer' })
  email!: string;
}

@InputType()
export class ChangeUserRoleInput extends RoleAndOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}
