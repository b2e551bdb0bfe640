import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

@InputType({ description: "Which child's record, and the London dates to cover (both included; by default the last 12 months)." })
export class RecordAccessHistoryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field(() => String, { nullable: true, description: 'The first day to cover, YYYY-MM-DD (default: 12 months before the last day).' })
  @IsOptional()
  @IsCalendarDate('event')
  fromOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The last day to cover, YYYY-MM-DD (default: today in London).' })
  @IsOptional()
  @IsCalendarDate('event')
  toOn?: string | null;
}
