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
}
