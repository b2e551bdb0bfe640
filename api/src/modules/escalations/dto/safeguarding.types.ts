import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, Length } from 'class-validator';

export enum SafeguardingAlertStatusEnum {
  AWAITING = 'AWAITING',
  OVERDUE = 'OVERDUE',
  ACKNOWLEDGED_ON_TIME = 'ACKNOWLEDGED_ON_TIME',
  ACKNOWLEDGED_LATE = 'ACKNOWLEDGED_LATE',
}
registerEnumType(SafeguardingAlertStatusEnum, { name: 'SafeguardingAlertStatus' });

@InputType()
export class RaiseSafeguardingConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field({ description: 'What has happened or been disclosed, for the LA’s safeguarding contact.' })
  @IsString()
  whatHappened!: string;

  @Field({ description: 'What the child has said, in their words where possible.' })
  @IsString()
  childSaid!: string;
}

@InputType()
export class SafeguardingContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'localAuthorityId must be a local authority id' })
  localAuthorityId!: string;

  @Field({ description: 'The named safeguarding contact, as people are told it.' })
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @Field(() => ID, { description: 'The LA manager of this LA who acknowledges alerts in Heard.' })
  @IsUUID('all', { message: 'acknowledgerUserId must be a user id' })
  acknowledgerUserId!: string;

  @Field(() => ID, { nullable: true, description: 'The LA’s director (an LA manager of this LA), told when an alert is not acknowledged in time.' })
  @IsOptional()
  @IsUUID('all', { message: 'directorUserId must be a user id' })
  directorUserId?: string | null;
}

@ObjectType('SafeguardingContact')
export class SafeguardingContactType {
  @Field(() => ID)
  localAuthorityId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => ID)
  acknowledgerUserId!: string;

  @Field()
  acknowledgerName!: string;

  @Field(() => ID, { nullable: true })
  directorUserId!: string | null;

  @Field(() => String, { nullable: true })
  directorName!: string | null;
}

@ObjectType('SafeguardingAlert', { description: 'An immediate safeguarding concern and where its acknowledgement stands.' })
export class SafeguardingAlertType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  concernId!: string;

  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field()
  localAuthorityName!: string;

  @Field({ description: 'Who was told: the named contact, or “the local authority’s managers” when none is set.' })
  toldWho!: string;

  @Field()
  raisedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field({ description: 'The deadline explained, with UK dates and London times.' })
  deadlineExplained!: string;

  @Field(() => SafeguardingAlertStatusEnum)
  status!: SafeguardingAlertStatusEnum;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true })
  acknowledgedByName!: string | null;
}
