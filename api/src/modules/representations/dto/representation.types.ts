import { DECISION_BASES, type DecisionBasis } from '@heard/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DecisionBasisEnum = Object.fromEntries(DECISION_BASES.map((b) => [b, b])) as { [K in DecisionBasis]: K };
registerEnumType(DecisionBasisEnum, {
  name: 'DecisionBasis',
  description:
    "What let a significant decision through the guard: the advocate's own input, the child's self-representation recorded by their advocate, or the child having opted out of advocacy.",
});

@ObjectType('AdvocateInput', { description: "The advocate's input on a proposed decision: their representations for the meeting, seen by the chair." })
export class AdvocateInputType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field({ description: 'The decision proposed.' })
  proposal!: string;

  @Field({ description: "The advocate's input on it." })
  input!: string;

  @Field({ description: 'The advocate who recorded it.' })
  advocateName!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field({ description: 'Typed by the chair before advocates recorded their own input; it cannot support a new decision.' })
  migratedFromChair!: boolean;
}

@ObjectType('ChildSelfRepresentation', { description: 'The child chose to represent themselves at this meeting, as their advocate recorded it.' })
export class ChildSelfRepresentationType {
  @Field(() => String, { nullable: true, description: "The child's own words (none only when the chair ticked it before advocates recorded it)." })
  childWords!: string | null;

  @Field({ description: 'Who recorded it.' })
  recordedByName!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field({ description: 'Ticked by the chair before advocates recorded it; it does not satisfy the significant-decision guard.' })
  migratedFromChair!: boolean;
}
