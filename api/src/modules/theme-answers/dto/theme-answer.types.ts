import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ConcernTheme, ThemeAnswerCommand, ThemeFollowUpState, ThemeRecipientKind, ThemeRequestStatus } from '@heard/domain';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';

export const ThemeRequestStatusEnum = {
  AWAITING_ANSWER: 'AWAITING_ANSWER',
  OVERDUE: 'OVERDUE',
  ANSWERED_ON_TIME: 'ANSWERED_ON_TIME',
  ANSWERED_LATE: 'ANSWERED_LATE',
} as const satisfies { [K in ThemeRequestStatus]: K };
registerEnumType(ThemeRequestStatusEnum, { name: 'ThemeRequestStatus', description: 'Awaiting answer, overdue, answered on time or answered late.' });

export const ThemeFollowUpStateEnum = { OPEN: 'OPEN', DONE: 'DONE' } as const satisfies { [K in ThemeFollowUpState]: K };
registerEnumType(ThemeFollowUpStateEnum, { name: 'ThemeFollowUpState' });

export const ThemeAnswerCommandEnum = {
  PUT_THEME: 'PUT_THEME',
  ANSWER: 'ANSWER',
  RECORD_PROVIDER_ANSWER: 'RECORD_PROVIDER_ANSWER',
  ADD_FOLLOW_UP: 'ADD_FOLLOW_UP',
  COMPLETE_FOLLOW_UP: 'COMPLETE_FOLLOW_UP',
} as const satisfies { [K in ThemeAnswerCommand]: K };
registerEnumType(ThemeAnswerCommandEnum, { name: 'ThemeAnswerCommand' });

export const ThemeRecipientKindEnum = { LOCAL_AUTHORITY: 'LOCAL_AUTHORITY', PROVIDER: 'PROVIDER' } as const satisfies { [K in ThemeRecipientKind]: K };
registerEnumType(ThemeRecipientKindEnum, { name: 'ThemeRecipientKind', description: "A local authority, or a children's home provider." });

@ObjectType({ description: 'An action following an answer to a theme.' })
export class ThemeFollowUpType {
  @Field(() => ID)
  id!: string;

  @Field()
  action!: string;

  @Field()
  owner!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => ThemeFollowUpStateEnum)
  state!: ThemeFollowUpState;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;
}

@ObjectType({ description: "The local authority's (or provider's) answer to a theme." })
export class ThemeAnswerType {
  @Field()
  found!: string;

  @Field()
  willDo!: string;

  @Field({ description: 'YYYY-MM-DD.' })
  byWhen!: string;

  @Field({ description: "The London date it was answered, or a provider's answer received (YYYY-MM-DD)." })
  answeredOn!: string;

  @Field({ description: 'Answered on or before the deadline.' })
  onTime!: boolean;
}

@ObjectType({ description: "A theme the Commissioner put to a local authority or a children's home provider, and its answer." })
export class ThemeRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => ThemeRecipientKindEnum)
  recipientKind!: ThemeRecipientKind;

  @Field({ description: 'The local authority’s or the provider’s name.' })
  recipientName!: string;

  @Field(() => ID, { nullable: true, description: 'Set when put to a local authority.' })
  localAuthorityId!: string | null;

  @Field(() => String, { nullable: true })
  localAuthorityName!: string | null;

  @Field(() => String, { nullable: true, description: 'Set when put to a provider.' })
  providerName!: string | null;

  @Field(() => ConcernThemeEnum)
  theme!: ConcernTheme;

  @Field()
  themeLabel!: string;

  @Field()
  question!: string;

  @Field({ description: 'The London date it was put (YYYY-MM-DD).' })
  putOn!: string;

  @Field({ description: 'The date the answer is due, in working days from putOn (YYYY-MM-DD).' })
  deadline!: string;

  @Field(() => ThemeRequestStatusEnum)
  status!: ThemeRequestStatus;

  @Field()
  statusLabel!: string;

  @Field(() => ThemeAnswerType, { nullable: true })
  answer!: ThemeAnswerType | null;

  @Field(() => [ThemeFollowUpType])
  followUps!: ThemeFollowUpType[];

  @Field(() => [ThemeAnswerCommandEnum], { description: 'What the caller may do next on it.' })
  allowedCommands!: ThemeAnswerCommand[];
}

@ObjectType({ description: 'A local authority a theme can be put to.' })
export class ThemeLocalAuthorityType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}
