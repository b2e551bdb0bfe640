import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { TRIGGER_KINDS, type TriggerKind } from '../trigger-event.entity';

export const TriggerKindEnum = Object.fromEntries(TRIGGER_KINDS.map((k) => [k, k])) as { [K in TriggerKind]: K };
registerEnumType(TriggerKindEnum, { name: 'TriggerKind', description: 'Events that start advocacy automatically.' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class NewChildInput {
  @Field({ description: "The LA's own identifier for the child (SSDA903 CHILD)." })
  @IsString()
  @Length(1, 40, { message: 'laChildRef must be 1 to 40 characters' })
  laChildRef!: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'givenName must be 1 to 100 characters' })
  givenName!: string;

  @Field()
  @IsString()
  @Length(1, 100, { message: 'familyName must be 1 to 100 characters' })
  familyName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  preferredName?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: 'dateOfBirth must be a date in the form YYYY-MM-DD' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  firstLanguage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  communicationNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 legal status code, e.g. C2, V2.' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  legalStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 placement type code, e.g. U1.' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  placementType?: string | null;

  @Field(() => ID, { nullable: true, description: 'A brother or sister already in Heard.' })
  @IsOptional()
  @IsUUID('all', { message: 'siblingOfChildId must be a child id' })
  siblingOfChildId?: string | null;
}

@InputType()
export class RecordTriggerEventInput {
  @Field(() => TriggerKindEnum)
  @IsIn([...TRIGGER_KINDS])
  kind!: TriggerKind;

  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @Matches(DATE, { message: 'occurredOn must be a date in the form YYYY-MM-DD' })
  occurredOn!: string;

  @Field(() => ID, { nullable: true, description: 'An existing child of your LA; or give newChild.' })
  @IsOptional()
  @IsUUID('all', { message: 'childId must be a child id' })
  childId?: string | null;

  @Field(() => NewChildInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewChildInput)
  newChild?: NewChildInput | null;
}

@InputType()
export class RecordPlacementChangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field()
  @Matches(DATE, { message: 'changedOn must be a date in the form YYYY-MM-DD' })
  changedOn!: string;

  @Field({ description: 'SSDA903 placement type code, e.g. U1.' })
  @IsString()
  @Length(2, 2, { message: 'placementType must be a two-character SSDA903 code' })
  placementType!: string;
}

@InputType()
export class RecordLeftCareInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field()
  @Matches(DATE, { message: 'leftOn must be a date in the form YYYY-MM-DD' })
  leftOn!: string;

  @Field(() => String, { nullable: true, description: 'SSDA903 reason episode ceased (REC), e.g. E11.' })
  @IsOptional()
  @IsString()
  @Length(1, 4)
  reasonEnded?: string | null;
}
