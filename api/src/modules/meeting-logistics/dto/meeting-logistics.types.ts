import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DeadlineStatus, MeetingAttendeeRole, MeetingVenueKind } from '@heard/domain';
import { DeadlineStatusEnum, MeetingAttendeeRoleEnum } from '../../meetings/dto/follow-through.enums';
import { MeetingVenueKindEnum } from './meeting-logistics.inputs';

@ObjectType('MeetingChildPreference', { description: 'Where and when the child would like their meeting, recorded by their advocate.' })
export class MeetingChildPreferenceType {
  @Field(() => MeetingVenueKindEnum)
  venueKind!: MeetingVenueKind;

  @Field()
  venueLabel!: string;

  @Field({ description: "The child's words on where and when suits them." })
  details!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType('MeetingInvitation', { description: 'Someone invited to the meeting, and when their invitation went out.' })
export class MeetingInvitationType {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingAttendeeRoleEnum)
  role!: MeetingAttendeeRole;

  @Field({ description: 'The role in plain words.' })
  roleLabel!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'When the invitation (with its calendar file) went out, YYYY-MM-DD; null until sent.' })
  sentOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days of notice the invitation gave, up to and including the meeting day.' })
  noticeWorkingDays!: number | null;

  @Field(() => String, { nullable: true, description: 'The notice in plain words, e.g. "5 to 9 working days".' })
  noticeLabel!: string | null;
}

@ObjectType('MeetingPapers', { description: "The social worker's report for the meeting: when it must reach the advocate, and whether it did." })
export class MeetingPapersType {
  @Field({ description: 'YYYY-MM-DD' })
  dueBy!: string;

  @Field({ description: 'How the due date was worked out, in UK dates.' })
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'When the report reached the advocate, YYYY-MM-DD.' })
  sharedOn!: string | null;

  @Field(() => DeadlineStatusEnum)
  status!: DeadlineStatus;
}

@ObjectType('MeetingLogistics', { description: "A meeting's time, place, invitations and papers." })
export class MeetingLogisticsType {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  childId!: string;

  @Field({ description: 'The day of the meeting, YYYY-MM-DD.' })
  meetingDate!: string;

  @Field(() => String, { nullable: true, description: 'London local time it starts, HH:MM; null until set.' })
  startTime!: string | null;

  @Field(() => Int, { nullable: true })
  lengthMinutes!: number | null;

  @Field(() => MeetingVenueKindEnum, { nullable: true })
  venueKind!: MeetingVenueKind | null;

  @Field(() => String, { nullable: true })
  venueLabel!: string | null;

  @Field(() => String, { nullable: true })
  venueDetails!: string | null;

  @Field(() => MeetingChildPreferenceType, { nullable: true })
  childPreference!: MeetingChildPreferenceType | null;

  @Field(() => [MeetingInvitationType])
  invitations!: MeetingInvitationType[];

  @Field(() => String, { nullable: true, description: 'When the first invitations went out; the notice the meeting gave counts from it.' })
  invitationsFirstSentOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days of notice from the first invitations to the meeting day.' })
  noticeWorkingDays!: number | null;

  @Field(() => String, { nullable: true })
  noticeLabel!: string | null;

  @Field(() => Int, { description: "The calendar file's sequence: how many times the time or place changed after invitations went out." })
  sequence!: number;

  @Field(() => MeetingPapersType)
  papers!: MeetingPapersType;

  @Field({ description: "Whether the caller (a manager of the child's LA) may set the time and place, invite and send." })
  canArrange!: boolean;

  @Field({ description: "Whether the caller is the child's current advocate and may record the child's preference." })
  canRecordPreference!: boolean;
}
