import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { VIEW_KINDS, type ViewKind } from '../child-view.entity';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const ViewKindEnum = Object.fromEntries(VIEW_KINDS.map((k) => [k, k])) as { [K in ViewKind]: K };
registerEnumType(ViewKindEnum, { name: 'ChildViewKind' });

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('event')
  scheduledOn!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'place must be 1 to 200 characters' })
  place!: string;

  @Field(() => ID, { description: 'An LA staff member eligible to chair.' })
  @IsUUID('all', { message: 'chairStaffId must be a staff member id' })
  chairStaffId!: string;

  @Field(() => [String], { description: 'Other people invited; the advocate is always invited.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  invitees!: string[];
}

@InputType()
export class RecordChildViewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => ViewKindEnum)
  @IsIn([...VIEW_KINDS])
  kind!: ViewKind;

  @Field({
    description:
      "The child's view, in their own words where possible. The child's choice to represent themselves is recorded with recordChildSelfRepresentation.",
  })
  @IsString()
  @Length(1, 5000, { message: 'text must be 1 to 5,000 characters' })
  text!: string;

  @Field({ description: 'Whether the child agreed this may be shared with the local authority.' })
  @IsBoolean()
  shareable!: boolean;
}

@InputType()
export class HoldMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field()
  @IsCalendarDate('event')
  heldOn!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  attendees!: string[];

  @Field({ description: 'SSDA903 participation code PN0–PN7.' })
  @IsString()
  participationCode!: string;
}

@InputType()
export class RecordMeetingDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field()
  @IsString()
  @Length(1, 5000, { message: 'text must be 1 to 5,000 characters' })
  text!: string;

  @Field({ description: 'Changes the care plan.' })
  @IsBoolean()
  significant!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "The advocate's input (recorded by the child's advocate for this meeting) the decision is linked to. A significant decision needs one, unless the child's advocate recorded that the child represents themselves or the child has opted out of advocacy.",
  })
  @IsOptional()
  @IsUUID('all', { message: "advocateInputId must be the id of an advocate's input" })
  advocateInputId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The part of the meeting the decision was taken in, for a meeting held in parts.' })
  @IsOptional()
  @IsUUID('all', { message: 'partId must be the id of a part of this meeting' })
  partId?: string | null;
}

@InputType()
export class CompleteMeetingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field()
  @IsString()
  @Length(1, 20000, { message: 'minutes must be 1 to 20,000 characters' })
  minutes!: string;

  @Field({ description: 'A short summary written for the child.' })
  @IsString()
  @Length(1, 3000, { message: 'summaryForChild must be 1 to 3,000 characters' })
  summaryForChild!: string;
}
