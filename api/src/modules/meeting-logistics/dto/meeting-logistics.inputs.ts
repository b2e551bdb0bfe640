import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MEETING_ATTENDEE_ROLES, MEETING_VENUE_KINDS, type MeetingAttendeeRole, type MeetingVenueKind } from '@heard/domain';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { MeetingAttendeeRoleEnum } from '../../meetings/dto/follow-through.enums';

export const MeetingVenueKindEnum = Object.fromEntries(MEETING_VENUE_KINDS.map((k) => [k, k])) as { [K in MeetingVenueKind]: K };
registerEnumType(MeetingVenueKindEnum, { name: 'MeetingVenueKind', description: 'Where a meeting is held.' });

@InputType()
export class SetMeetingLogisticsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: 'London local time the meeting starts, HH:MM (24-hour).' })
  @IsString()
  @Length(1, 5, { message: 'Start time must be a 24-hour time such as 14:30' })
  startTime!: string;

  @Field(() => Int, { description: 'How long the meeting lasts, in minutes (15 to 480).' })
  @IsInt({ message: 'Length must be a whole number of minutes' })
  lengthMinutes!: number;

  @Field(() => MeetingVenueKindEnum)
  @IsIn([...MEETING_VENUE_KINDS], { message: 'Venue must be one of the listed kinds' })
  venueKind!: MeetingVenueKind;

  @Field({ description: 'The address, room or video link.' })
  @IsString()
  @Length(1, 500, { message: 'Enter the venue details: the address, room or video link (up to 500 characters)' })
  venueDetails!: string;
}

@InputType()
export class RecordChildPreferenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => MeetingVenueKindEnum, { description: 'Where the child would like the meeting held.' })
  @IsIn([...MEETING_VENUE_KINDS], { message: 'Preferred venue must be one of the listed kinds' })
  venueKind!: MeetingVenueKind;

  @Field({ description: "The child's words on where and when suits them." })
  @IsString()
  @Length(1, 1000, { message: "Enter the child's preferred time and any details (up to 1000 characters)" })
  details!: string;
}

@InputType()
export class AddMeetingInviteeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => MeetingAttendeeRoleEnum)
  @IsIn([...MEETING_ATTENDEE_ROLES], { message: 'Role must be one of the listed roles' })
  role!: MeetingAttendeeRole;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'Enter the name of the person invited (up to 200 characters)' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Needed for everyone but the child, whose advocate tells them.' })
  @IsOptional()
  @IsEmail({}, { message: 'Email address must be an email address, like name@example.org' })
  @Length(3, 254, { message: 'Email address must be an email address, like name@example.org' })
  email?: string | null;
}

@InputType()
export class RecordPapersSharedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: "The day the social worker's report reached the advocate, YYYY-MM-DD." })
  @IsCalendarDate('event')
  sharedOn!: string;
}
