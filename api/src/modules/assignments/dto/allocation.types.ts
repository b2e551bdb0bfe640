import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalAuthorityType } from '../../children/dto/child-summary.type';

export const REASSIGNMENT_REASONS = ['ADVOCATE_LEFT', 'CONFLICT_OF_INTEREST', 'CHILD_REQUEST'] as const;
export type ReassignmentReason = (typeof REASSIGNMENT_REASONS)[number];
export const ReassignmentReasonEnum = Object.fromEntries(REASSIGNMENT_REASONS.map((r) => [r, r])) as { [K in ReassignmentReason]: K };
registerEnumType(ReassignmentReasonEnum, { name: 'ReassignmentReason' });

@ObjectType('AwaitingAdvocateEntry', { description: 'A child waiting for an advocate: name and LA only, no case content.' })
export class AwaitingAdvocateEntryType {
  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field(() => LocalAuthorityType)
  localAuthority!: LocalAuthorityType;

  @Field()
  waitingSince!: string;

  @Field(() => Int, { description: 'Working days waited since the trigger.' })
  workingDaysWaiting!: number;

  @Field()
  reason!: string;
}

@ObjectType('AdvocateCaseload')
export class AdvocateCaseloadType {
  @Field(() => ID)
  advocateId!: string;

  @Field()
  displayName!: string;

  @Field()
  providerName!: string;

  @Field(() => Int)
  caseloadCap!: number;

  @Field(() => Int)
  activeCaseload!: number;

  @Field(() => [String])
  languages!: string[];

  @Field()
  active!: boolean;
}

@ObjectType('AllocatedChild', { description: 'Allocation oversight: a child’s name, LA and advocate only.' })
export class AllocatedChildType {
  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field(() => LocalAuthorityType)
  localAuthority!: LocalAuthorityType;

  @Field()
  advocateName!: string;
}

@InputType()
export class ReassignChildInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'advocateId must be an advocate id' })
  advocateId!: string;

  @Field(() => ReassignmentReasonEnum)
  @IsIn([...REASSIGNMENT_REASONS])
  reason!: ReassignmentReason;

  @Field({ description: 'Why, in a sentence.' })
  @IsString()
  @Length(1, 2000, { message: 'note must be 1 to 2,000 characters' })
  note!: string;
}

@InputType()
export class SetCaseloadCapInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'advocateId must be an advocate id' })
  advocateId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'caseloadCap must be 0 or more' })
  @Max(200, { message: 'caseloadCap must be 200 or fewer' })
  caseloadCap!: number;
}
