import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChildChairRole, FamilyMemberRole, FamilyViewVisibility } from '@heard/domain';
import { ChildChairRoleEnum, FamilyMemberRoleEnum, FamilyViewVisibilityEnum } from './meeting-parts.inputs';

@ObjectType('MeetingPart', { description: 'A part of a meeting held in parts, with its own attendance.' })
export class MeetingPartType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 for the first part.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => [String])
  attendees!: string[];

  @Field()
  childAttended!: boolean;

  @Field(() => ChildChairRoleEnum)
  childChair!: ChildChairRole;

  @Field({ description: 'Who chaired the part in plain words; the LA chair is always the accountable chair.' })
  chairedBy!: string;
}

@ObjectType('MeetingPartDecision', { description: 'A decision of the meeting, the part it was taken in, and whether the child was told of it.' })
export class MeetingPartDecisionType {
  @Field(() => ID)
  decisionId!: string;

  @Field()
  text!: string;

  @Field()
  significant!: boolean;

  @Field(() => ID, { nullable: true })
  partId!: string | null;

  @Field(() => String, { nullable: true })
  partTitle!: string | null;

  @Field({ description: 'A significant decision made while the child was not there: their advocate must tell them.' })
  childMissed!: boolean;

  @Field({ description: "The child's advocate recorded telling the child of it." })
  childTold!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  toldOn!: string | null;

  @Field(() => String, { nullable: true })
  toldByName!: string | null;

  @Field(() => String, { nullable: true, description: "What the child said when told: the child's advocates only (null for others)." })
  childSaid!: string | null;
}

@ObjectType('MeetingParts', { description: "A meeting's parts, who chaired each, and the decisions the child missed." })
export class MeetingPartsType {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  accountableChairName!: string;

  @Field(() => [MeetingPartType])
  parts!: MeetingPartType[];

  @Field(() => [MeetingPartDecisionType])
  decisions!: MeetingPartDecisionType[];

  @Field(() => Int, { description: 'Significant decisions the child missed that their advocate has not yet recorded telling them.' })
  childNotYetTold!: number;

  @Field({ description: 'The caller may add a part (the LA chair, while the meeting is held).' })
  canAddPart!: boolean;

  @Field({ description: "The caller is the child's current advocate and may record telling the child." })
  canRecordBriefing!: boolean;
}

@ObjectType('MeetingFamilyView', { description: "A parent's or carer's views for a meeting: never one of the child's own views." })
export class MeetingFamilyViewType {
  @Field(() => ID)
  id!: string;

  @Field(() => FamilyMemberRoleEnum)
  who!: FamilyMemberRole;

  @Field()
  name!: string;

  @Field()
  relationship!: string;

  @Field()
  views!: string;

  @Field(() => FamilyViewVisibilityEnum)
  visibility!: FamilyViewVisibility;

  @Field()
  recordedByName!: string;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType('MeetingFamilyViews', { description: "Parents' and carers' views for a meeting that the caller may read." })
export class MeetingFamilyViewsType {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [MeetingFamilyViewType])
  views!: MeetingFamilyViewType[];

  @Field({ description: 'The caller may record a view now.' })
  canRecord!: boolean;
}
