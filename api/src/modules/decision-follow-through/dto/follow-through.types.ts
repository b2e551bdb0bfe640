import type { DecisionFollowThrough } from '@heard/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DecisionFollowThroughEnum: { [K in DecisionFollowThrough]: K } = {
  IMPLEMENTED: 'IMPLEMENTED',
  CHALLENGED: 'CHALLENGED',
  CHALLENGE_WINDOW_OPEN: 'CHALLENGE_WINDOW_OPEN',
  AWAITING_IMPLEMENTATION: 'AWAITING_IMPLEMENTATION',
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
};
registerEnumType(DecisionFollowThroughEnum, {
  name: 'DecisionFollowThroughStatus',
  description: 'What became of a meeting decision: implemented, challenged by the LA in time, or standing (and flagged once past its date).',
});

@ObjectType('DecisionFollowThrough', { description: 'A meeting decision and what became of it: decisions stick unless the LA challenges them in time.' })
export class DecisionFollowThroughType {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  text!: string;

  @Field()
  significant!: boolean;

  @Field({ description: 'The day the meeting that made the decision was held, YYYY-MM-DD.' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'The date it is to be implemented by, YYYY-MM-DD; null until the chair sets one.' })
  implementBy!: string | null;

  @Field(() => String, { nullable: true })
  implementedOn!: string | null;

  @Field(() => String, { nullable: true })
  challengedOn!: string | null;

  @Field(() => String, { nullable: true, description: "The LA's reasons for challenging it." })
  challengeReasons!: string | null;

  @Field(() => DecisionFollowThroughEnum)
  status!: DecisionFollowThrough;

  @Field({ description: 'The last day the LA may challenge it, YYYY-MM-DD.' })
  challengeBy!: string;

  @Field({ description: 'Where the decision stands, in one sentence with UK dates.' })
  explanation!: string;

  @Field({ description: 'How the last day for a challenge was worked out.' })
  challengeDeadlineExplanation!: string;

  @Field(() => ID, { nullable: true, description: 'The concern the advocate escalated it to, if any.' })
  concernId!: string | null;

  @Field({ description: "Whether the caller (a manager of the child's LA) may set its date, mark it implemented or challenge it now." })
  canActAsLa!: boolean;

  @Field({ description: "Whether the caller (the child's current advocate) may escalate it now." })
  canEscalate!: boolean;
}
