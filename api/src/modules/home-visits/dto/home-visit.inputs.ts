import { CONCERN_THEMES, JUDGEMENTS, QUALITY_STANDARDS, type ConcernTheme, type FollowUpOutcome, type Judgement, type QualityStandard } from '@heard/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { FollowUpOutcomeEnum, JudgementEnum, QualityStandardEnum } from './home-visit-enums';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

const TEXT = 5000;

@InputType()
export class ChildSpokenToInput {
  @Field(() => ID, { nullable: true, description: 'The child, when Heard knows them.' })
  @IsOptional()
  @IsUUID('all', { message: 'childId must be a child id' })
  childId?: string | null;

  @Field({ description: 'A first name or description.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field()
  @IsBoolean()
  spokeInPrivate!: boolean;

  @Field()
  @IsBoolean()
  consentToSpeak!: boolean;

  @Field()
  @IsString()
  @MaxLength(TEXT)
  whatTheySaid!: string;

  @Field({ description: 'The child agreed that what they said in private may be in the shared report.' })
  @IsBoolean()
  consentToShare!: boolean;
}

@InputType()
export class StandardJudgementInput {
  @Field(() => QualityStandardEnum)
  @IsIn([...QUALITY_STANDARDS], { message: 'standard must be one of the nine Quality Standards' })
  standard!: QualityStandard;

  @Field(() => JudgementEnum)
  @IsIn([...JUDGEMENTS], { message: 'judgement must be MET, PARTLY_MET, NOT_MET or NOT_SEEN' })
  judgement!: Judgement;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEXT)
  evidence!: string;
}

@InputType()
export class RecommendationInput {
  @Field()
  @IsString()
  @MaxLength(TEXT)
  what!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  owner!: string;

  @Field({ description: 'YYYY-MM-DD, after the visit.' })
  @IsString()
  // A draft may leave it empty (submitting asks for it); anything else must be a real date.
  @ValidateIf((recommendation: RecommendationInput) => recommendation.dueOn !== '')
  @IsCalendarDate('event')
  dueOn!: string;

  @Field(() => [ConcernThemeEnum])
  @IsArray()
  @IsIn([...CONCERN_THEMES], { each: true, message: 'each theme must be one of the taxonomy' })
  themes!: ConcernTheme[];

  @Field(() => ID, { nullable: true, description: 'The one child this recommendation concerns, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'childId must be a child id' })
  childId?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be a recommendation id' })
  recommendationId!: string;

  @Field(() => FollowUpOutcomeEnum)
  @IsIn(['DONE', 'NOT_DONE', 'CARRIED_OVER'])
  outcome!: FollowUpOutcome;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEXT)
  note!: string;
}

@InputType({ description: 'A visit report, complete or not: a draft may be saved with parts missing.' })
export class VisitReportInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate('event')
  visitOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  announced?: boolean | null;

  @Field(() => [ChildSpokenToInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChildSpokenToInput)
  childrenSpokenTo!: ChildSpokenToInput[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEXT)
  staffSpokenTo!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(TEXT)
  recordsChecked!: string;

  @Field(() => [StandardJudgementInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(9)
  @ValidateNested({ each: true })
  @Type(() => StandardJudgementInput)
  judgements!: StandardJudgementInput[];

  @Field(() => [RecommendationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RecommendationInput)
  recommendations!: RecommendationInput[];

  @Field(() => [FollowUpInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FollowUpInput)
  followUps!: FollowUpInput[];
}

@InputType()
export class SaveVisitDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'homeId must be a home id' })
  homeId!: string;

  @Field(() => VisitReportInput)
  @ValidateNested()
  @Type(() => VisitReportInput)
  report!: VisitReportInput;
}
