import type { ConcernCommandName, ConcernStage, ConcernStatus, ConcernTheme } from '@heard/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConcernCommandEnum, ConcernStageEnum, ConcernStatusEnum, ConcernThemeEnum } from './concern-enums';

@ObjectType('Evidence')
export class EvidenceType {
  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('ConcernEvent', { description: "One immutable step in a concern's history." })
export class ConcernEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  sequence!: number;

  @Field({
    description:
      'RAISED, RESPONDED, ESCALATED, DEADLINE_MISSED, RESOLVED, WITHDRAWN, NOTE, TRIAGED, INFORMATION_REQUESTED, APPLIED_TO_COURT, HEARING, CHILD_COURT_REQUEST, ADVOCATE_AT_HEARING',
  })
  kind!: string;

  @Field(() => ConcernStageEnum, { description: 'The stage the concern was at after this step.' })
  stage!: ConcernStage;

  @Field({ description: 'Who recorded it ("Heard" for steps recorded automatically).' })
  actorName!: string;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { nullable: true, description: 'What was asked.' })
  asked!: string | null;

  @Field(() => String, { nullable: true, description: 'The answer, outcome or note.' })
  answer!: string | null;

  @Field(() => [EvidenceType])
  evidence!: EvidenceType[];

  @Field(() => String, { nullable: true, description: 'Why the child is at risk, for an escalation that skipped a stage or came early.' })
  atRiskReason!: string | null;

  @Field(() => String, { nullable: true, description: 'A deadline set by this step (YYYY-MM-DD).' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true })
  court!: string | null;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => String, { nullable: true })
  orderSought!: string | null;

  @Field(() => [String])
  hearingDates!: string[];

  @Field(() => String, { nullable: true, description: "For HEARING: the court's outcome, once there is one." })
  courtOutcome!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For ADVOCATE_AT_HEARING: whether the advocate attended.' })
  attended!: boolean | null;

  @Field({ description: 'An advocate-only note.' })
  confidential!: boolean;
}

@ObjectType('CourtApplication', { description: 'The court application on a concern, as its steps recorded it.' })
export class CourtApplicationType {
  @Field()
  court!: string;

  @Field()
  caseNumber!: string;

  @Field()
  orderSought!: string;

  @Field(() => [String])
  hearingDates!: string[];

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType('EscalationTarget')
export class EscalationTargetType {
  @Field(() => ConcernStageEnum)
  stage!: ConcernStage;

  @Field()
  needsAtRiskReason!: boolean;
}

@ObjectType('ConcernSummary')
export class ConcernSummaryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  localAuthorityName!: string;

  @Field(() => ConcernStageEnum)
  stage!: ConcernStage;

  @Field(() => ConcernStatusEnum)
  status!: ConcernStatus;

  @Field(() => [ConcernThemeEnum])
  themes!: ConcernTheme[];

  @Field()
  whatIsWrong!: string;

  @Field()
  raisedOn!: string;

  @Field()
  stageEnteredOn!: string;

  @Field(() => String, { nullable: true, description: 'When the LA must respond at this stage.' })
  stageDeadline!: string | null;

  @Field()
  respondedAtStage!: boolean;

  @Field(() => String, { nullable: true, description: "When the LA must answer the Commissioner's request for information." })
  informationDueOn!: string | null;

  @Field({ description: 'The LA missed its deadline (for the stage, or for the information requested).' })
  overdue!: boolean;

  @Field(() => Int, { description: 'Working days past that deadline (0 when not overdue).' })
  workingDaysOverdue!: number;

  @Field()
  triaged!: boolean;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('Concern')
export class ConcernType extends ConcernSummaryType {
  @Field()
  childWants!: string;

  @Field(() => String, { nullable: true, description: 'The explanation of the stage deadline, naming skipped bank holidays.' })
  deadlineExplanation!: string | null;

  @Field(() => String, { nullable: true, description: "The outcome in the child's terms, once resolved." })
  outcome!: string | null;

  @Field(() => ID, { nullable: true })
  fromActionId!: string | null;

  @Field(() => [ConcernEventType], { description: "The whole history, oldest first, as far as the caller's role may see it." })
  timeline!: ConcernEventType[];

  @Field(() => CourtApplicationType, { nullable: true })
  courtApplication!: CourtApplicationType | null;

  @Field(() => [EscalationTargetType], { description: 'For the child’s advocate: the stages the concern can move to now.' })
  escalationTargets!: EscalationTargetType[];

  @Field(() => [ConcernCommandEnum], { description: 'The steps the caller may record on the concern now: exactly those the API will accept.' })
  allowedCommands!: ConcernCommandName[];
}

@ObjectType('ConcernUpdate', { description: 'Pushed when a concern the subscriber may see changes.' })
export class ConcernUpdateType {
  @Field(() => ID)
  concernId!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  kind!: string;

  @Field(() => ConcernStageEnum)
  stage!: ConcernStage;

  @Field(() => ConcernStatusEnum)
  status!: ConcernStatus;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}
