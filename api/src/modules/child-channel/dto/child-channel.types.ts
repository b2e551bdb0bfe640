import { CHILD_CHANNEL_KINDS, CHILD_CHANNEL_REPLY_METHODS, type ChildChannelKind, type ChildChannelReplyMethod, type ReplyStatus } from '@heard/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ChildChannelKindEnum = Object.fromEntries(CHILD_CHANNEL_KINDS.map((k) => [k, k])) as { [K in ChildChannelKind]: K };
registerEnumType(ChildChannelKindEnum, { name: 'ChildChannelKind', description: 'A message, a request to be called, or "I don\'t feel safe right now".' });

export const ChildChannelReplyMethodEnum = Object.fromEntries(CHILD_CHANNEL_REPLY_METHODS.map((k) => [k, k])) as { [K in ChildChannelReplyMethod]: K };
registerEnumType(ChildChannelReplyMethodEnum, { name: 'ChildChannelReplyMethod', description: 'How the advocate replied: a call, a visit or a message.' });

export const ReplyStatusEnum = { DUE: 'DUE', OVERDUE: 'OVERDUE', REPLIED: 'REPLIED', REPLIED_LATE: 'REPLIED_LATE' } as const satisfies {
  [K in ReplyStatus]: K;
};
registerEnumType(ReplyStatusEnum, { name: 'ReplyStatus', description: 'Whether the reply is due, overdue, or was made in time or late.' });

@ObjectType({ description: "The child's page: only their advocate's first name, nothing about the child." })
export class ChildChannelPageType {
  @Field(() => String, { description: "The advocate's first name, or null while the child has no advocate.", nullable: true })
  advocateFirstName!: string | null;
}

@ObjectType({ description: 'What the child is told after sending.' })
export class ChildChannelSentType {
  @Field({ description: 'e.g. "Your message has gone to Sam. Sam will reply by 4pm on Monday."' })
  confirmation!: string;

  @Field({ description: 'True for "I don\'t feel safe right now": the page shows Childline and 999.' })
  urgent!: boolean;
}

@ObjectType({ description: 'A new secret link: the token is shown this once and never stored in clear.' })
export class ChildChannelNewLinkType {
  @Field({ description: 'The short link, e.g. /c/<token>.' })
  path!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: "A child's message, with its reply clock." })
export class ChildChannelMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => ChildChannelKindEnum)
  kind!: ChildChannelKind;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'When the child would like to be called.' })
  callTime!: string | null;

  @Field()
  urgent!: boolean;

  @Field()
  sentAt!: Date;

  @Field()
  replyDueAt!: Date;

  @Field({ description: 'How the reply clock was counted, e.g. "Reply by 4pm on Monday 30 November 2026: …".' })
  replyDueSentence!: string;

  @Field(() => ReplyStatusEnum)
  replyStatus!: ReplyStatus;

  @Field(() => Date, { nullable: true })
  repliedAt!: Date | null;

  @Field(() => ChildChannelReplyMethodEnum, { nullable: true })
  replyMethod!: ChildChannelReplyMethod | null;

  @Field(() => String, { nullable: true })
  replyNote!: string | null;
}

@ObjectType({ description: "The child's channel as their advocate sees it: whether a link is live, and the messages." })
export class ChildChannelType {
  @Field(() => Date, { nullable: true, description: 'When the live link was made; null when there is none.' })
  liveLinkCreatedAt!: Date | null;

  @Field(() => Int, { description: 'Messages not yet replied to whose reply is overdue.' })
  overdueCount!: number;

  @Field(() => [ChildChannelMessageType])
  messages!: ChildChannelMessageType[];
}
