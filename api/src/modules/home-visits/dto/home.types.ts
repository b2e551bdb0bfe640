import type { ConcernTheme, FollowUpOutcome, Judgement, QualityStandard, VisitCommand } from '@heard/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { RecommendationAnswerType } from '../../recommendation-answers/dto/recommendation-answer.types';
import { FollowUpOutcomeEnum, JudgementEnum, QualityStandardEnum, VisitCommandEnum } from './home-visit-enums';

@ObjectType('VisitSchedule')
export class VisitScheduleType {
  @Field({ description: 'The calendar month now due, YYYY-MM.' })
  month!: string;

  @Field()
  dueBy!: string;

  @Field()
  visitedThisMonth!: boolean;

  @Field(() => [String], { description: 'Earlier months with represented children and no visit, newest first.' })
  missedMonths!: string[];
}

@ObjectType('HomeSummary')
export class HomeSummaryType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  providerName!: string;

  @Field()
  ofstedUrn!: string;

  @Field()
  address!: string;

  @Field({ description: 'The LA area the home is in.' })
  localAuthorityName!: string;

  @Field(() => String, { nullable: true })
  responsibleAdvocateName!: string | null;

  @Field(() => Int, { description: 'Children living there now.' })
  childrenPlaced!: number;

  @Field(() => VisitScheduleType, { nullable: true, description: 'Null when no child there is represented by Heard.' })
  schedule!: VisitScheduleType | null;

  @Field(() => String, { nullable: true })
  lastVisitOn!: string | null;

  @Field(() => Int)
  openRecommendations!: number;

  @Field(() => ID, { nullable: true, description: 'The draft visit report, for the responsible advocate.' })
  draftVisitId!: string | null;

  @Field({ description: 'The caller is the advocate responsible for visiting this home.' })
  responsibleIsMe!: boolean;

  @Field(() => [VisitCommandEnum], {
    description: "What the caller may do with the home's next visit report (its draft, or a new one): exactly what the API will accept.",
  })
  allowedVisitCommands!: VisitCommand[];
}

@ObjectType('HomeRecommendation')
export class RecommendationType {
  @Field(() => ID)
  id!: string;

  @Field()
  what!: string;

  @Field()
  owner!: string;

  @Field()
  dueOn!: string;

  @Field(() => [ConcernThemeEnum])
  themes!: ConcernTheme[];

  @Field(() => ID, {
    nullable: true,
    description:
      "The child it concerns, shown only to the visiting advocate who made it and to that child's own advocate. Everyone else sees the recommendation without it (null), as for a recommendation about the whole home.",
  })
  childId!: string | null;

  @Field()
  status!: string;

  @Field(() => Int)
  carryOvers!: number;

  @Field({ description: 'Carried over twice or more.' })
  drift!: boolean;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => ID)
  visitId!: string;

  @Field(() => [RecommendationAnswerType], {
    description: 'The answers the home and the placing local authorities owe it (an LA manager sees the home’s and their own LA’s); none for a draft.',
  })
  answers!: RecommendationAnswerType[];
}

@ObjectType('StandardJudgement')
export class StandardJudgementType {
  @Field(() => QualityStandardEnum)
  standard!: QualityStandard;

  @Field(() => JudgementEnum)
  judgement!: Judgement;

  @Field()
  evidence!: string;
}

@ObjectType('ChildSpokenTo', {
  description: "A child spoken to at a visit, as the visiting advocate recorded it: shown only to the visiting advocate and to the child's own advocate.",
})
export class ChildSpokenToType {
  @Field(() => ID, { nullable: true })
  childId!: string | null;

  @Field()
  name!: string;

  @Field()
  spokeInPrivate!: boolean;

  @Field()
  consentToSpeak!: boolean;

  @Field()
  whatTheySaid!: string;

  @Field()
  consentToShare!: boolean;
}

@ObjectType('FollowUp')
export class FollowUpType {
  @Field(() => ID)
  recommendationId!: string;

  @Field(() => FollowUpOutcomeEnum)
  outcome!: FollowUpOutcome;

  @Field()
  note!: string;
}

@ObjectType('HomeVisit', {
  description:
    "A visit report. The visiting advocate sees it all; a child's own advocate sees that child in it; everyone else sees the shared report: children counted but not named, and words said in private only with consent.",
})
export class HomeVisitType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  homeId!: string;

  @Field()
  homeName!: string;

  @Field()
  status!: string;

  @Field()
  advocateName!: string;

  @Field(() => String, { nullable: true })
  visitOn!: string | null;

  @Field(() => Boolean, { nullable: true })
  announced!: boolean | null;

  @Field()
  staffSpokenTo!: string;

  @Field()
  recordsChecked!: string;

  @Field(() => [StandardJudgementType])
  judgements!: StandardJudgementType[];

  @Field(() => [ChildSpokenToType], {
    description:
      "The children spoken to whom the caller may see: all for the visiting advocate, only their own child for a child's advocate, none for anyone else.",
  })
  childrenSpokenTo!: ChildSpokenToType[];

  @Field(() => Int, { description: 'How many children were spoken to, including any the caller may not see.' })
  childrenSpokenToCount!: number;

  @Field(() => [String], { description: 'What children said that the shared report may show (no names).' })
  sharedVoices!: string[];

  @Field(() => [RecommendationType], { description: 'Recommendations made at this visit (for a draft: as drafted, without ids).' })
  recommendations!: RecommendationType[];

  @Field(() => [FollowUpType])
  followUps!: FollowUpType[];

  @Field(() => [VisitCommandEnum], { description: 'What the caller may do with the report now: its author works on the draft until it is submitted.' })
  allowedCommands!: VisitCommand[];
}

@ObjectType('HomeChild')
export class HomeChildType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Home')
export class HomeType extends HomeSummaryType {
  @Field(() => [HomeChildType], { description: 'For an advocate: the children living here whom they represent (a recommendation can concern one of them).' })
  myChildrenHere!: HomeChildType[];

  @Field(() => [HomeVisitType], { description: 'Submitted visits, newest first (and the draft, for the responsible advocate).' })
  visits!: HomeVisitType[];

  @Field(() => [RecommendationType], { description: 'Open recommendations, oldest due first.' })
  openRecommendationList!: RecommendationType[];
}
