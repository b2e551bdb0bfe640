import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RECORD_RETENTION_COMMANDS, RETENTION_RULES, type RecordRetentionCommand, type RetentionRule } from '@heard/domain';

export const RetentionRuleEnum = Object.fromEntries(RETENTION_RULES.map((r) => [r, r])) as { [K in RetentionRule]: K };
registerEnumType(RetentionRuleEnum, { name: 'RetentionRule', description: "Which part of reg 50 decides how long a child's record is kept." });

export const RecordRetentionCommandEnum = Object.fromEntries(RECORD_RETENTION_COMMANDS.map((c) => [c, c])) as { [K in RecordRetentionCommand]: K };
registerEnumType(RecordRetentionCommandEnum, { name: 'RecordRetentionCommand', description: "What may be changed about how long a child's record is kept." });

@ObjectType('LegalHold', { description: "A legal hold standing on a child's record: it is kept until the hold is lifted." })
export class LegalHoldType {
  @Field()
  reason!: string;

  @Field({ description: 'YYYY-MM-DD' })
  placedOn!: string;

  @Field()
  placedByName!: string;
}

@ObjectType('RecordRetention', { description: "How long a child's record is kept, by reg 50 of the 2010 regulations, and why." })
export class RecordRetentionType {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while a legal hold stands.' })
  retainUntil!: string | null;

  @Field(() => RetentionRuleEnum)
  rule!: RetentionRule;

  @Field({ description: 'One sentence with UK dates saying how the date was worked out.' })
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, where it applies.' })
  dateOfDeath!: string | null;

  @Field(() => LegalHoldType, { nullable: true })
  legalHold!: LegalHoldType | null;

  @Field(() => [RecordRetentionCommandEnum], { description: 'What the caller may change now: exactly what the API will accept.' })
  allowedCommands!: RecordRetentionCommand[];
}
