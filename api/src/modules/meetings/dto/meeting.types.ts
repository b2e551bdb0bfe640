import type { ActionCommand, ChildViewCommand, DecisionBasis, MeetingCommand } from '@heard/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AdvocateInputType, ChildSelfRepresentationType, DecisionBasisEnum } from '../../representations/dto/representation.types';
import { ActionCommandEnum, ChildViewCommandEnum, MeetingCommandEnum } from './meeting-commands.enums';
import { ViewKindEnum } from './meeting.inputs';
import { MeetingSummaryType } from './meeting-summary.type';
import type { ViewKind } from '../child-view.entity';

@ObjectType('ChildView')
export class ChildViewType {
  @Field(() => ID)
  id!: string;

  @Field(() => ViewKindEnum)
  kind!: ViewKind;

  @Field()
  text!: string;

  @Field({ description: 'Whether the child agreed, when it was recorded, that this may be shared with the local authority.' })
  shareable!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the advocate withdrew its sharing (null if never): from then on LA users no longer see it.',
  })
  sharingWithdrawnAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who withdrew its sharing (their display name), null if never.' })
  sharingWithdrawnBy!: string | null;

  @Field({
    description:
      "Whether the caller may withdraw its sharing now: the child's current advocate, for a view still shared (the same as allowedCommands holding WITHDRAW_SHARING).",
    deprecationReason: 'Read allowedCommands (WITHDRAW_SHARING).',
  })
  canWithdrawSharing!: boolean;

  @Field(() => [ChildViewCommandEnum], { description: 'What the caller may do with the view now: exactly what the API will accept.' })
  allowedCommands!: ChildViewCommand[];
}

@ObjectType('MeetingDecision')
export class MeetingDecisionType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  significant!: boolean;

  @Field(() => DecisionBasisEnum, {
    nullable: true,
    description: 'What let the decision through the significant-decision guard (null for a decision that is not significant and links no input).',
  })
  basis!: DecisionBasis | null;

  @Field(() => AdvocateInputType, { nullable: true, description: "The advocate's input the decision is linked to." })
  advocateInput!: AdvocateInputType | null;
}

@ObjectType('MeetingAction')
export class MeetingActionType {
  @Field(() => ID)
  id!: string;

  @Field()
  what!: string;

  @Field()
  owner!: string;

  @Field()
  dueOn!: string;

  @Field()
  monitoring!: string;

  @Field()
  status!: string;

  @Field(() => Int)
  carryOvers!: number;

  @Field({ description: 'Carried over twice or more.' })
  drift!: boolean;

  @Field(() => Int, { description: 'Working days past its due date while open (0 if not).' })
  workingDaysOverdue!: number;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field(() => ID, { description: 'The meeting that agreed the action.' })
  meetingId!: string;

  @Field(() => [ActionCommandEnum], { description: 'What the caller may do with the action now (a review only at the held meeting it is read from).' })
  allowedCommands!: ActionCommand[];
}

@ObjectType('Meeting')
export class MeetingType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  scheduledOn!: string;

  @Field()
  place!: string;

  @Field(() => [String])
  invitees!: string[];

  @Field()
  chairName!: string;

  @Field()
  status!: string;

  @Field(() => String, { nullable: true })
  heldOn!: string | null;

  @Field(() => [String])
  attendees!: string[];

  @Field(() => String, { nullable: true })
  participationCode!: string | null;

  @Field({ description: "The child's advocate recorded that the child chose to represent themselves at this meeting." })
  childSelfRepresenting!: boolean;

  @Field(() => ChildSelfRepresentationType, {
    nullable: true,
    description: "The child's choice to represent themselves at this meeting, in their words, as their advocate recorded it.",
  })
  selfRepresentation!: ChildSelfRepresentationType | null;

  @Field({ description: 'The child has opted out of advocacy (their latest answer), so they represent themselves: a significant decision records that.' })
  childOptedOut!: boolean;

  @Field(() => [AdvocateInputType], { description: "The advocate's input on proposed decisions: their representations for the meeting, seen by the chair." })
  advocateInputs!: AdvocateInputType[];

  @Field(() => String, { nullable: true })
  minutes!: string | null;

  @Field(() => String, { nullable: true })
  summaryForChild!: string | null;

  @Field(() => [ChildViewType], { description: "The child's views: an LA user sees only what the child agreed to share." })
  views!: ChildViewType[];

  @Field(() => [MeetingDecisionType])
  decisions!: MeetingDecisionType[];

  @Field(() => [MeetingActionType], { description: 'Actions agreed at this meeting.' })
  actions!: MeetingActionType[];

  @Field(() => [MeetingActionType], { description: 'Open actions from earlier meetings, to close or carry over here.' })
  actionsToReview!: MeetingActionType[];

  @Field(() => [MeetingCommandEnum], { description: 'What the caller may record at the meeting now: exactly what the API will accept.' })
  allowedCommands!: MeetingCommand[];
}

@ObjectType('NextMeetingDue')
export class NextMeetingDueType {
  @Field({ description: 'The statutory date; the meeting is overdue from the working day after it.' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'When a month-based due date is not a working day, the last working day before it; otherwise null.' })
  lastWorkingDayBefore!: string | null;

  @Field()
  rule!: string;

  @Field()
  explanation!: string;

  @Field(() => Int)
  workingDaysOverdue!: number;
}

@ObjectType('OverdueMeeting', { description: 'A child whose next care-planning meeting is past its statutory due date.' })
export class OverdueMeetingType extends NextMeetingDueType {
  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;
}

@ObjectType('ChildMeeting', { description: "One meeting on a child's timeline, with its decisions and the actions it agreed." })
export class ChildMeetingType extends MeetingSummaryType {
  @Field(() => String, { nullable: true })
  heldOn!: string | null;

  @Field(() => String, { nullable: true })
  participationCode!: string | null;

  @Field(() => [MeetingDecisionType])
  decisions!: MeetingDecisionType[];

  @Field(() => [MeetingActionType])
  actions!: MeetingActionType[];
}
