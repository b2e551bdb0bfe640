import { PAPER_REVIEW_CONSULTEES, type PaperReviewConsultee } from '@heard/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { PaperReviewConsulteeEnum } from './paper-review.types';

const CHILD_ID = { message: 'childId must be a child id' };

@InputType()
export class RecordPaperReviewConsultationInput {
  @Field(() => ID)
  @IsUUID('all', CHILD_ID)
  childId!: string;

  @Field(() => PaperReviewConsulteeEnum)
  @IsIn([...PAPER_REVIEW_CONSULTEES], { message: 'who must be the child, a carer or the social worker' })
  who!: PaperReviewConsultee;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('event')
  consultedOn!: string;

  @Field({ description: 'What they said, in summary.' })
  @IsString()
  @Length(1, 5000, { message: 'Enter a summary of what they said (up to 5000 characters)' })
  summary!: string;
}

@InputType()
export class SignOffPaperReviewInput {
  @Field(() => ID)
  @IsUUID('all', CHILD_ID)
  childId!: string;

  @Field(() => ID, { description: 'The LA staff member who chairs the paper review.' })
  @IsUUID('all', { message: 'chairStaffId must be an LA staff member id' })
  chairStaffId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('event')
  signedOffOn!: string;
}
