import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AdvocateRefType, ChildSummaryType } from '../../children/dto/child-summary.type';

export enum AssignmentOutcome {
  ASSIGNED = 'ASSIGNED',
  ALREADY_ASSIGNED = 'ALREADY_ASSIGNED',
  QUEUED = 'QUEUED',
}
registerEnumType(AssignmentOutcome, { name: 'AssignmentOutcome' });

@ObjectType('TriggerResult')
export class TriggerResultType {
  @Field(() => ChildSummaryType)
  child!: ChildSummaryType;

  @Field(() => AssignmentOutcome)
  outcome!: AssignmentOutcome;

  @Field(() => AdvocateRefType, { nullable: true })
  advocate!: AdvocateRefType | null;

  @Field({ description: 'A child who had opted out was offered advocacy again (a change of placement).' })
  offeredAgain!: boolean;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD: the day the child's advocacy ended (leaving care), if they had an advocate." })
  advocacyEndedOn!: string | null;
}
