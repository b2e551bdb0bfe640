import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SIGNIFICANT_CHANGE_KINDS, type SignificantChangeKind } from '@heard/domain';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const SignificantChangeKindEnum = Object.fromEntries(SIGNIFICANT_CHANGE_KINDS.map((k) => [k, k])) as { [K in SignificantChangeKind]: K };
registerEnumType(SignificantChangeKindEnum, {
  name: 'SignificantChangeKind',
  description: 'A significant change between meetings: placement, legal status or the care plan.',
});

@InputType()
export class RecordSignificantChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field(() => SignificantChangeKindEnum, { description: 'LEGAL_STATUS or CARE_PLAN; a change of placement is recorded with recordPlacementChange.' })
  @IsIn([...SIGNIFICANT_CHANGE_KINDS], { message: 'kind must be a change of placement, legal status or care plan' })
  kind!: SignificantChangeKind;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsCalendarDate('event')
  occurredOn!: string;

  @Field({ description: 'What changed, in plain words.' })
  @IsString()
  @Length(1, 2000, { message: 'Enter what changed (up to 2000 characters)' })
  whatChanged!: string;
}

@ObjectType('SignificantChange', { description: "A significant change in the child's life recorded outside a meeting." })
export class SignificantChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => SignificantChangeKindEnum)
  kind!: SignificantChangeKind;

  @Field({ description: 'What kind of change, in words.' })
  kindLabel!: string;

  @Field({ description: 'YYYY-MM-DD' })
  occurredOn!: string;

  @Field()
  whatChanged!: string;

  @Field()
  recordedByName!: string;

  @Field(() => Date)
  recordedAt!: Date;

  @Field({ description: 'Whether the change made the offer of advocacy again to a child who had opted out.' })
  offeredAgain!: boolean;
}

@ObjectType('SignificantChangesSinceLastMeeting')
export class SignificantChangesSinceLastMeetingType {
  @Field(() => ID)
  childId!: string;

  @Field(() => String, { nullable: true, description: "The day of the child's last held meeting (YYYY-MM-DD), if any." })
  lastMeetingOn!: string | null;

  @Field(() => [SignificantChangeType], { description: 'Newest first.' })
  changes!: SignificantChangeType[];
}
