import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { LaStaffRole } from './la-staff-member.entity';

const LA_STAFF_ROLES = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
export const LaStaffRoleEnum = { SOCIAL_WORKER: 'SOCIAL_WORKER', TEAM_MANAGER: 'TEAM_MANAGER' } as const;
registerEnumType(LaStaffRoleEnum, { name: 'LaStaffRole' });

@ObjectType('LaStaffMember', { description: 'A social worker or manager in an LA; some are Heard users.' })
export class LaStaffMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  fullName!: string;

  @Field(() => LaStaffRoleEnum)
  role!: LaStaffRole;

  @Field(() => String, { nullable: true })
  managerName!: string | null;

  @Field(() => ID, { nullable: true })
  managerId!: string | null;

  @Field({ description: 'False once an administrator deactivates them: they never chair again.' })
  active!: boolean;

  @Field({ description: 'Recorded as experienced: may chair a care-planning meeting.' })
  experienced!: boolean;

  @Field({ description: 'Whether this person signs in to Heard.' })
  isUser!: boolean;
}

@InputType()
export class AddLaStaffMemberInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'fullName must be 1 to 120 characters' })
  fullName!: string;

  @Field(() => LaStaffRoleEnum)
  @IsIn([...LA_STAFF_ROLES])
  role!: LaStaffRole;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be a staff member id' })
  managerId?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  experienced!: boolean;
}

@InputType()
export class AddLaStaffMemberToLaInput extends AddLaStaffMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId!: string;
}

@InputType()
export class UpdateLaStaffMemberInput extends AddLaStaffMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'staffId must be a staff member id' })
  staffId!: string;

  @Field({ description: 'False deactivates them (they never chair again); true brings them back.' })
  @IsBoolean()
  active!: boolean;
}
