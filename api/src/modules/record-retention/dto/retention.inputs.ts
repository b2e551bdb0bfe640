import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

@InputType()
export class RecordChildDeathInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'YYYY-MM-DD: on or after the date of birth, not in the future. Recording it again corrects it.' })
  @IsCalendarDate('dateOfBirth')
  dateOfDeath!: string;
}

@InputType()
export class LegalHoldInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'Why the hold is placed or lifted (for example, the proceedings or request it is for).' })
  @IsString()
  @Length(1, 2000, { message: 'Enter the reason (up to 2000 characters)' })
  reason!: string;
}
