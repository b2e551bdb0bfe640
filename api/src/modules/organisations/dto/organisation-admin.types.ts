import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class CreateLocalAuthorityInput {
  @Field({ description: 'The DfE three-digit LA number.' })
  @IsString()
  @Length(1, 10, { message: 'code must be the three-digit LA number' })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;
}

@InputType()
export class RenameLocalAuthorityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;
}

@InputType()
export class CreateAdvocacyProviderInput {
  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;
}

@InputType()
export class RenameAdvocacyProviderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'advocacyProviderId must be a provider id' })
  advocacyProviderId!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name!: string;
}

@InputType()
export class SetProviderCoverageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'advocacyProviderId must be a provider id' })
  advocacyProviderId!: string;

  @Field(() => [ID], { description: 'Every LA the provider covers from now on: LAs left out stop being covered.' })
  @IsArray()
  @ArrayMaxSize(400)
  @IsUUID('all', { each: true, message: 'localAuthorityIds must be local authority ids' })
  localAuthorityIds!: string[];
}
