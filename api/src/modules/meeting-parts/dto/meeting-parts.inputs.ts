import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  CHILD_CHAIR_ROLES,
  type ChildChairRole,
  FAMILY_MEMBER_ROLES,
  FAMILY_VIEW_VISIBILITIES,
  type FamilyMemberRole,
  type FamilyViewVisibility,
} from '@heard/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ChildChairRoleEnum = enumOf(CHILD_CHAIR_ROLES);
registerEnumType(ChildChairRoleEnum, { name: 'ChildChairRole', description: 'Whether the child chaired or co-chaired a part of their meeting.' });
export const FamilyMemberRoleEnum = enumOf(FAMILY_MEMBER_ROLES);
registerEnumType(FamilyMemberRoleEnum, { name: 'FamilyMemberRole', description: 'Whose views these are: a parent, a carer or another family member.' });
export const FamilyViewVisibilityEnum = enumOf(FAMILY_VIEW_VISIBILITIES);
registerEnumType(FamilyViewVisibilityEnum, {
  name: 'FamilyViewVisibility',
  description: "ATTENDEES: the LA's managers and the child's advocates read it. LA_ONLY: the LA's managers only (and whoever recorded it).",
});

@InputType()
export class AddMeetingPartInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: 'What the part was, e.g. "With the child" or "Professionals only".' })
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  title!: string;

  @Field(() => [String], { description: 'Who attended this part.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true, message: 'each person who attended must be at most 200 characters' })
  attendees!: string[];

  @Field({ description: 'Whether the child was there for this part.' })
  @IsBoolean()
  childAttended!: boolean;

  @Field(() => ChildChairRoleEnum, { description: 'Whether the child chaired or co-chaired this part; the LA chair stays accountable.' })
  @IsIn([...CHILD_CHAIR_ROLES])
  childChair!: ChildChairRole;
}

@InputType()
export class RecordMissedDecisionBriefingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId!: string;

  @Field({ description: 'The day the advocate told the child, YYYY-MM-DD.' })
  @IsCalendarDate('event')
  toldOn!: string;

  @Field({ description: 'What the child said when told, in their words.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter what the child said (up to 2000 characters)' })
  childSaid!: string;
}

@InputType()
export class RecordFamilyViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => FamilyMemberRoleEnum)
  @IsIn([...FAMILY_MEMBER_ROLES])
  who!: FamilyMemberRole;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field({ description: 'Their relationship to the child, e.g. "Mum" or "Foster carer".' })
  @IsString()
  @Length(1, 200, { message: 'relationship must be 1 to 200 characters' })
  relationship!: string;

  @Field()
  @IsString()
  @Length(1, 5000, { message: 'views must be 1 to 5,000 characters' })
  views!: string;

  @Field(() => FamilyViewVisibilityEnum)
  @IsIn([...FAMILY_VIEW_VISIBILITIES])
  visibility!: FamilyViewVisibility;
}
