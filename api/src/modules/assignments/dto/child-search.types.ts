import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';
import { AdvocateRefType, LocalAuthorityType } from '../../children/dto/child-summary.type';

@InputType({ description: 'Any of: part of the name (2 letters or more), the date of birth, part of the LA’s name or code.' })
export class ChildSearchInput {
  @Field(() => String, { nullable: true, description: 'Part of the given, preferred or family name; every word must match.' })
  @IsOptional()
  @IsString()
  @Length(0, 100, { message: 'name must be at most 100 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate('dateOfBirth')
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the local authority's name or code." })
  @IsOptional()
  @IsString()
  @Length(0, 100, { message: 'localAuthority must be at most 100 characters' })
  localAuthority?: string | null;
}

@ObjectType('ChildSearchMatch', { description: 'A child found for reassignment: name, date of birth, LA and advocate only, no case content.' })
export class ChildSearchMatchType {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => String, { nullable: true })
  preferredName!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => LocalAuthorityType)
  localAuthority!: LocalAuthorityType;

  @Field(() => AdvocateRefType, { nullable: true, description: 'The current advocate, if any.' })
  advocate!: AdvocateRefType | null;
}

@ObjectType('ChildSearchResult')
export class ChildSearchResultType {
  @Field(() => [ChildSearchMatchType], { description: 'By family name, given name and date of birth; at most CHILD_SEARCH_LIMIT (20).' })
  matches!: ChildSearchMatchType[];

  @Field({ description: 'More children match than are shown: narrow the search.' })
  more!: boolean;
}
