import { CONCERN_STAGES, CONCERN_THEMES, type ConcernStage, type ConcernTheme } from '@heard/domain';
import { Type } from 'class-transformer';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUrl, IsUUID, Length, ValidateNested } from 'class-validator';
import { ConcernStageEnum, ConcernThemeEnum } from './concern-enums';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

const CONCERN_ID = { message: 'concernId must be a concern id' };

@InputType()
export class EvidenceInput {
  @Field({ description: 'What the evidence is or shows.' })
  @IsString()
  @Length(1, 2000, { message: 'evidence text must be 1 to 2,000 characters' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'A link to a document held elsewhere (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'evidence url must be an https:// link' })
  url?: string | null;
}

@InputType({ isAbstract: true })
abstract class WithEvidence {
  @Field(() => [EvidenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 pieces of evidence per step' })
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence!: EvidenceInput[];
}

@InputType()
export class RaiseConcernInput extends WithEvidence {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'What is wrong, for the social worker.' })
  @IsString()
  whatIsWrong!: string;

  @Field({ description: 'What the child wants, in their words where possible.' })
  @IsString()
  childWants!: string;

  @Field(() => [ConcernThemeEnum])
  @IsArray()
  @ArrayMaxSize(13)
  @IsIn([...CONCERN_THEMES], { each: true, message: 'each theme must be one of the taxonomy' })
  themes!: ConcernTheme[];

  @Field(() => String, { nullable: true, description: 'When it was raised with the social worker (YYYY-MM-DD); today if not given.' })
  @IsOptional()
  @IsCalendarDate('event')
  raisedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The drifted meeting action this concern comes from.' })
  @IsOptional()
  @IsUUID('all', { message: 'fromActionId must be a meeting action id' })
  fromActionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The home-visit recommendation about this child that this concern comes from.' })
  @IsOptional()
  @IsUUID('all', { message: 'fromRecommendationId must be a recommendation id' })
  fromRecommendationId?: string | null;
}

@InputType()
export class RespondToConcernInput extends WithEvidence {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field({ description: "The local authority's response." })
  @IsString()
  answer!: string;
}

@InputType()
export class EscalateConcernInput extends WithEvidence {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field(() => ConcernStageEnum)
  @IsIn([...CONCERN_STAGES], { message: 'toStage must be a stage of the ladder' })
  toStage!: ConcernStage;

  @Field({ description: 'What the advocate asks of the new stage.' })
  @IsString()
  asked!: string;

  @Field(() => String, { nullable: true, description: 'Why the child is at risk: needed to skip a stage or escalate before the deadline.' })
  @IsOptional()
  @IsString()
  atRiskReason?: string | null;
}

@InputType()
export class CloseConcernInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field({ description: "Resolving: the outcome in the child's terms. Withdrawing: why the child wants to stop." })
  @IsString()
  text!: string;
}

@InputType()
export class ConcernNoteInput extends WithEvidence {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field()
  @IsString()
  note!: string;

  @Field({ defaultValue: true, description: 'An advocate-only note, never shown to the LA or the Commissioner: the safe default when not given.' })
  @IsBoolean()
  confidential!: boolean;
}

@InputType()
export class RequestInformationInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field({ description: 'What the Commissioner asks the local authority.' })
  @IsString()
  asked!: string;

  @Field({ description: 'YYYY-MM-DD, after today.' })
  @IsCalendarDate('event')
  dueOn!: string;
}

@InputType()
export class ApplyToCourtInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'court must be 1 to 200 characters' })
  court!: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: 'caseNumber must be 1 to 60 characters' })
  caseNumber!: string;

  @Field()
  @IsString()
  orderSought!: string;

  @Field(() => [String], { description: 'Hearing dates known so far (YYYY-MM-DD).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsCalendarDate('event', { each: true })
  hearingDates!: string[];
}

@InputType()
export class RecordHearingInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field()
  @IsCalendarDate('event')
  hearingOn!: string;

  @Field({ description: 'What happened, including representations made.' })
  @IsString()
  whatHappened!: string;

  @Field(() => String, { nullable: true, description: "The court's outcome, once there is one." })
  @IsOptional()
  @IsString()
  outcome?: string | null;
}

@InputType()
export class ChildCourtRequestInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field({ description: "The child's request, in their words." })
  @IsString()
  childWords!: string;
}

@InputType()
export class AdvocateAtHearingInput {
  @Field(() => ID)
  @IsUUID('all', CONCERN_ID)
  concernId!: string;

  @Field()
  @IsCalendarDate('event')
  hearingOn!: string;

  @Field()
  @IsBoolean()
  attended!: boolean;

  @Field({ description: 'A summary of the representations made for the child, or why the advocate could not attend.' })
  @IsString()
  summary!: string;
}
