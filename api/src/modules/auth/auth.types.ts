import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserType } from '../users/user.type';

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({ description: 'Short-lived bearer token for the Authorization header.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}

export enum SessionEventKind {
  SIGNED_OUT = 'SIGNED_OUT',
}
registerEnumType(SessionEventKind, { name: 'SessionEventKind' });

@ObjectType('SessionEvent')
export class SessionEventType {
  @Field(() => SessionEventKind)
  kind!: SessionEventKind;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  /** Not exposed: used to deliver the event only to its own user. */
  userId!: string;
}
