import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: "The advocate's input on a decision proposed for a meeting, recorded by the child's advocate." })
export class RecordAdvocateInputInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: 'The decision proposed.' })
  @IsString()
  @Length(1, 2000, { message: 'proposal must be 1 to 2,000 characters' })
  proposal!: string;

  @Field({ description: "The advocate's input on it: what the child thinks of it, what the meeting should weigh." })
  @IsString()
  @Length(1, 5000, { message: 'input must be 1 to 5,000 characters' })
  input!: string;
}

@InputType({ description: "The child chose to represent themselves at this meeting, recorded by their advocate in the child's words." })
export class RecordChildSelfRepresentationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId!: string;

  @Field({ description: "The child's own words about representing themselves." })
  @IsString()
  @Length(1, 5000, { message: 'childWords must be 1 to 5,000 characters' })
  childWords!: string;
}
