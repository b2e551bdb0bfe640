import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { TRIGGER_KINDS, type TriggerKind } from '../trigger-event.entity';
import { IsCalendarDate } from '../../../common/validation/is-calendar-date';

export const TriggerKindEnum = Object.fromEntries(TRIGGER_KINDS.map((k) => [k, k])) as { [K in TriggerKind]: K };
registerEnumType(TriggerKindEnum, { name: 'TriggerKind', description: 'Events that start advocacy automatically.' });

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
  @IsCalendarDate('dateOfBirth')
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
  @IsCalendarDate('event')
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
  @IsCalendarDate('event')
  changedOn!: string;

  @Field({ description: 'SSDA903 placement type code, e.g. U1.' })
  @IsString()
  @Length(2, 2, { message: 'placementType must be a two-character SSDA903 code' })
  placementType!: string;

  @Field(() => String, { nullable: true, description: "What changed, in plain words, for the child's advocate." })
  @IsOptional()
  @IsString()
  @Length(0, 2000, { message: 'Enter what changed in up to 2000 characters' })
  whatChanged?: string | null;
}

@InputType()
export class RecordLeftCareInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field()
  @IsCalendarDate('event')
  leftOn!: string;

  @Field(() => String, { nullable: true, description: 'SSDA903 reason episode ceased (REC), e.g. E11.' })
  @IsOptional()
  @IsString()
  @Length(1, 4)
  reasonEnded?: string | null;
}
