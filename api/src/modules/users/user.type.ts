import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@heard/domain';
import type { UserEntity } from './user.entity';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user does in Heard; decides what they may see.' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

export function toUserType(user: UserEntity): UserType {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}
