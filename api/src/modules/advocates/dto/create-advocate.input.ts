import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

@InputType()
export class CreateAdvocateInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 320)
  email!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters' })
  displayName!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'advocacyProviderId must be a provider id' })
  advocacyProviderId!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to 40.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200, { message: 'caseloadCap must be 200 or fewer' })
  caseloadCap?: number | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  contactPhone?: string | null;

  @Field({ description: 'A first password the advocate is told to change; at least 12 characters.' })
  @IsString()
  @Length(12, 200, { message: 'temporaryPassword must be 12 to 200 characters' })
  temporaryPassword!: string;
}

@ObjectType('AdvocacyProvider')
export class AdvocacyProviderType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Names of the LAs it covers.' })
  coveredLocalAuthorities!: string[];

  @Field(() => [ID], { description: 'Ids of the LAs it covers, in the order of their names.' })
  coveredLocalAuthorityIds!: string[];

  @Field(() => Int, { description: 'How many advocates work for it.' })
  advocateCount!: number;
}
