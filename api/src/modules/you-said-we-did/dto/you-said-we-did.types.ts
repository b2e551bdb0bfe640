import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type ConcernTheme, VIEW_OUTCOMES, type ViewOutcome } from '@heard/domain';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { ViewKindEnum } from '../../meetings/dto/meeting.inputs';
import type { ViewKind } from '../../meetings/child-view.entity';

export const ViewOutcomeEnum = Object.fromEntries(VIEW_OUTCOMES.map((o) => [o, o])) as { [K in ViewOutcome]: K };
registerEnumType(ViewOutcomeEnum, {
  name: 'ViewOutcome',
  description: 'What became of what the child asked for: still open, done, partly done, not done.',
});

@ObjectType({ description: 'The decision or action of one of the child’s meetings that answered what they asked for.' })
export class OutcomeAnswerType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'What the child’s printed page says about this item, in plain words.' })
export class ChildOutcomeSentenceType {
  @Field()
  youSaid!: string;

  @Field()
  weDid!: string;
}

@ObjectType({ description: '"You said, we did": one thing the child said or asked for (a recorded view) and what became of it.' })
export class YouSaidWeDidItemType {
  @Field(() => ID)
  viewId!: string;

  @Field(() => ViewKindEnum)
  kind!: ViewKind;

  @Field({ description: 'What the child said, as the advocate recorded it.' })
  said!: string;

  @Field({ description: 'Whether the child agreed the local authority may see it (and has not withdrawn that).' })
  shared!: boolean;

  @Field(() => ID, { description: 'The meeting it was raised at.' })
  meetingId!: string;

  @Field({ description: 'When that meeting was held, or scheduled if not yet held (YYYY-MM-DD).' })
  meetingOn!: string;

  @Field(() => ViewOutcomeEnum)
  outcome!: ViewOutcome;

  @Field(() => String, { nullable: true, description: 'Why it was only partly done or not done.' })
  reason!: string | null;

  @Field(() => OutcomeAnswerType, { nullable: true })
  decision!: OutcomeAnswerType | null;

  @Field(() => OutcomeAnswerType, { nullable: true })
  action!: OutcomeAnswerType | null;

  @Field(() => [ConcernThemeEnum], { description: 'The themes the advocate tagged the outcome with, as saved (none while open and untagged).' })
  themes!: ConcernTheme[];

  @Field({ description: 'The child agreed this may be shown on their printed "You said, we did" page.' })
  showToChild!: boolean;

  @Field(() => Int, { description: 'Saves so far (0 before the first): send it back with setViewOutcome.' })
  version!: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => ChildOutcomeSentenceType)
  forChild!: ChildOutcomeSentenceType;

  @Field({ description: 'Whether the caller may set its outcome now (the child’s current advocate).' })
  maySetOutcome!: boolean;
}
