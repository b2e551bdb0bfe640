import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Length, Min } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

@InputType()
export class SaveChildRecordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field()
  @IsString()
  @Length(1, 5000, { message: 'Enter the record for the child (up to 5000 characters)' })
  text!: string;

  @Field(() => Int, { description: 'The version you edited (0 for the first save).' })
  @IsInt()
  @Min(0)
  version!: number;
}

@InputType()
export class RecordChildRecordGoneThroughInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field(() => Int, { description: 'The version of the record you went through.' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate('event')
  goneThroughOn!: string;

  @Field()
  @IsString()
  @Length(1, 2000, { message: 'Enter what the child said (up to 2000 characters)' })
  childSaid!: string;
}
