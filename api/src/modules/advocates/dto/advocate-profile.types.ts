import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { LocalAuthorityType } from '../../children/dto/child-summary.type';

@ObjectType('AdvocateProfile', { description: 'An advocate as administrators manage them: no case content.' })
export class AdvocateProfileType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  email!: string;

  @Field(() => ID)
  advocacyProviderId!: string;

  @Field()
  providerName!: string;

  @Field(() => LocalAuthorityType, { nullable: true, description: 'An LA that also employs them: they never advocate for its children.' })
  employingLocalAuthority!: LocalAuthorityType | null;

  @Field(() => [String])
  languages!: string[];

  @Field(() => Int)
  caseloadCap!: number;

  @Field(() => Int, { description: 'Children they represent now.' })
  activeCaseload!: number;

  @Field(() => String, { nullable: true, description: 'Away up to and including this day (YYYY-MM-DD): given no new children until the day after.' })
  unavailableUntil!: string | null;

  @Field({ description: 'Whether they may be given a new child today.' })
  availableToday!: boolean;

  @Field(() => Int, { description: 'Send it back with an edit: an edit made from an older version is refused CONFLICT.' })
  version!: number;
}

@InputType()
export class UpdateAdvocateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'advocateId must be an advocate id' })
  advocateId!: string;

  @Field(() => Int, { description: 'The version the edit was made from.' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;

  @Field(() => ID)
  @IsUUID('all', { message: 'advocacyProviderId must be a provider id' })
  advocacyProviderId!: string;

  @Field(() => ID, { nullable: true, description: 'The LA that also employs them, or null for none.' })
  @IsOptional()
  @IsUUID('all', { message: 'employingLocalAuthorityId must be a local authority id' })
  employingLocalAuthorityId?: string | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20, { message: 'languages must list 20 or fewer' })
  @IsString({ each: true })
  @Length(0, 60, { each: true, message: 'each language must be 60 characters or fewer' })
  languages!: string[];

  @Field(() => Int)
  @IsInt({ message: 'caseloadCap must be a whole number' })
  @Min(0, { message: 'caseloadCap must be 0 or more' })
  @Max(200, { message: 'caseloadCap must be 200 or fewer' })
  caseloadCap!: number;

  @Field(() => String, { nullable: true, description: 'Away up to and including this day; null when available.' })
  @IsOptional()
  @IsCalendarDate('event')
  unavailableUntil?: string | null;
}
