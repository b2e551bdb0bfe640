import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DISPOSAL_RULES, DISPOSAL_STATUSES, type DisposalRule, type DisposalStatus } from '@heard/domain';

export const DisposalRuleEnum = Object.fromEntries(DISPOSAL_RULES.map((r) => [r, r])) as { [K in DisposalRule]: K };
registerEnumType(DisposalRuleEnum, { name: 'DisposalRule', description: 'Which part of reg 50 ended the record’s retention.' });

export const DisposalStatusEnum = Object.fromEntries(DISPOSAL_STATUSES.map((s) => [s, s])) as { [K in DisposalStatus]: K };
registerEnumType(DisposalStatusEnum, {
  name: 'DisposalStatus',
  description: 'Where a record stands on its way to disposal: notice due, in its notice period, kept on legal hold, or to be disposed of.',
});

@ObjectType('RecordDueForDisposal', { description: "A child's record in its notice period or past its retention date." })
export class RecordDueForDisposalType {
  @Field(() => ID)
  childId!: string;

  @Field()
  childName!: string;

  @Field({ description: 'YYYY-MM-DD: the last day the record is kept by the rule.' })
  retainUntil!: string;

  @Field(() => DisposalRuleEnum)
  rule!: DisposalRule;

  @Field({ description: 'One sentence with UK dates: the rule, and when the record will be disposed of.' })
  explanation!: string;

  @Field(() => DisposalStatusEnum)
  status!: DisposalStatus;

  @Field({ description: 'Whether a legal hold stands on the record.' })
  legalHold!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when notice of disposal was given; null until the job gives it.' })
  noticeGivenOn!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the first day it may be disposed of; null until notice is given.' })
  disposableFrom!: string | null;
}

@ObjectType('DisposalCount', { description: 'Rows of one table anonymised or deleted when a record was disposed of.' })
export class DisposalCountType {
  @Field()
  table!: string;

  @Field(() => Int)
  anonymised!: number;

  @Field(() => Int)
  deleted!: number;
}

@ObjectType('RecordDisposal', { description: 'One entry of the disposal register: no name, date of birth or free text.' })
export class RecordDisposalType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The id the audit trail names the child by.' })
  childId!: string;

  @Field(() => DisposalRuleEnum)
  rule!: DisposalRule;

  @Field({ description: 'YYYY-MM-DD' })
  noticeGivenOn!: string;

  @Field(() => GraphQLISODateTime)
  disposedAt!: Date;

  @Field(() => [DisposalCountType], { description: 'Per table, in name order: only tables with a row touched.' })
  counts!: DisposalCountType[];
}
