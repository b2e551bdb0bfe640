import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { type DeadlineStatus, MEETING_ATTENDEE_ROLES, type MeetingAttendeeRole } from '@heard/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { DeadlineStatusEnum, MeetingAttendeeRoleEnum } from '../../meetings/dto/follow-through.enums';

@InputType()
export class RecordMeetingRecordSharedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => [MeetingAttendeeRoleEnum], { description: 'The roles the record went to (the child through their advocate).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'Choose who the record was shared with' })
  @ArrayMaxSize(6)
  @IsIn([...MEETING_ATTENDEE_ROLES], { each: true, message: 'each role must be one of the attendee roles' })
  roles!: MeetingAttendeeRole[];

  @Field({ description: 'YYYY-MM-DD; not in the future and not before the meeting.' })
  @IsCalendarDate('event')
  sharedOn!: string;
}

@ObjectType('MeetingRecordRoleShare')
export class MeetingRecordRoleShareType {
  @Field(() => MeetingAttendeeRoleEnum)
  role!: MeetingAttendeeRole;

  @Field()
  roleLabel!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when the record went to this role.' })
  sharedOn!: string | null;

  @Field(() => String, { nullable: true })
  sharedByName!: string | null;

  @Field(() => DeadlineStatusEnum)
  status!: DeadlineStatus;
}

/** What every view of a held meeting's record deadline shows. */
@ObjectType({ isAbstract: true })
abstract class MeetingRecordDue {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  heldOn!: string;

  @Field({ description: 'YYYY-MM-DD: the record is due to the attendees by the end of this working day.' })
  dueBy!: string;

  @Field()
  dueExplanation!: string;

  @Field(() => DeadlineStatusEnum, { description: 'AWAITED or OVERDUE until shared with anyone; then LATE if any role got it after the date.' })
  status!: DeadlineStatus;

  @Field(() => Int)
  rolesShared!: number;
}

@ObjectType('MeetingRecordSharing', { description: "Whether a held meeting's record reached its attendees by role in time." })
export class MeetingRecordSharingType extends MeetingRecordDue {
  @Field(() => [MeetingRecordRoleShareType], { description: 'Every attendee role, in order, shared or not.' })
  roles!: MeetingRecordRoleShareType[];

  @Field({ description: "Whether the caller (a manager of the chair's LA) may record sharing." })
  canRecord!: boolean;
}

@ObjectType('LateMeetingRecord', { description: "A held meeting of the caller's LA whose record is overdue or went out late." })
export class LateMeetingRecordType extends MeetingRecordDue {
  @Field(() => String, { nullable: true })
  lastSharedOn!: string | null;
}
