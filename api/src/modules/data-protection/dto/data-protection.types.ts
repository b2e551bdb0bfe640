import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RecordRetentionType } from '../../record-retention/dto/retention.types';

@InputType({ description: "Which of the officer's LA's children to list: by name or LA reference, or all (the first 50 by name)." })
export class DataProtectionChildrenInput {
  @Field(() => String, { nullable: true, description: "Part of the child's name or LA reference." })
  @IsOptional()
  @IsString({ message: 'search must be words' })
  @MaxLength(100, { message: 'Search must be 100 characters or fewer.' })
  search?: string | null;
}

@ObjectType('DataProtectionChild', {
  description: "A child of the officer's LA, as a data protection officer sees them: who, and how long their record is kept.",
})
export class DataProtectionChildType {
  @Field(() => ID)
  childId!: string;

  @Field()
  name!: string;

  @Field({ description: "The LA's own reference for the child." })
  laChildRef!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => RecordRetentionType)
  retention!: RecordRetentionType;
}

@ObjectType('DataProtectionChildren', { description: "The data protection officer's list of their LA's children." })
export class DataProtectionChildrenType {
  @Field()
  localAuthorityName!: string;

  @Field(() => Int, { description: 'How many children match, of whom at most 50 are listed.' })
  total!: number;

  @Field(() => [DataProtectionChildType])
  children!: DataProtectionChildType[];
}
