import { PAPER_REVIEW_CONSULTEES, type DeadlineStatus, type PaperReviewConsultee } from '@heard/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DeadlineStatusEnum } from '../../meetings/dto/follow-through.enums';

export const PaperReviewConsulteeEnum = Object.fromEntries(PAPER_REVIEW_CONSULTEES.map((c) => [c, c])) as { [K in PaperReviewConsultee]: K };
registerEnumType(PaperReviewConsulteeEnum, {
  name: 'PaperReviewConsultee',
  description: 'Who a paper review consults: the child, their carers, their social worker.',
});

@ObjectType('PaperReviewConsultation')
export class PaperReviewConsultationType {
  @Field(() => PaperReviewConsulteeEnum)
  who!: PaperReviewConsultee;

  @Field({ description: 'YYYY-MM-DD' })
  consultedOn!: string;

  @Field()
  summary!: string;

  @Field()
  recordedByName!: string;
}

@ObjectType('PaperReview', {
  description: 'The paper review between yearly meetings of a child settled in long-term foster care: consultations, then the chair signs it off.',
})
export class PaperReviewType {
  @Field(() => ID)
  childId!: string;

  @Field({ description: 'Whether the child has a paper review: settled in long-term foster care with yearly meetings.' })
  eligible!: boolean;

  @Field({ description: 'When it is due and why, or why the child has no paper review.' })
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'The yearly meeting it follows, YYYY-MM-DD.' })
  afterMeetingOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When the due date is not a working day, the last working day before it.' })
  lastWorkingDayBefore!: string | null;

  @Field(() => DeadlineStatusEnum, { nullable: true })
  deadlineStatus!: DeadlineStatus | null;

  @Field(() => [PaperReviewConsultationType])
  consultations!: PaperReviewConsultationType[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  signedOffOn!: string | null;

  @Field(() => String, { nullable: true })
  chairName!: string | null;

  @Field(() => [PaperReviewConsulteeEnum], { description: 'The consultations the caller may record now.' })
  canRecord!: PaperReviewConsultee[];

  @Field({ description: "Whether the caller (a manager of the child's LA) may sign it off now." })
  canSignOff!: boolean;
}
