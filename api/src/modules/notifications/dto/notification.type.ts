import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', { description: 'An in-app notification for the signed-in user; it never names a child.' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  /** Used to route pushed notifications to their user; not exposed. */
  userId!: string;

  @Field()
  kind!: string;

  @Field()
  message!: string;

  @Field({ description: 'Where in the portal it leads.' })
  link!: string;

  @Field(() => ID, { nullable: true })
  concernId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field()
  read!: boolean;
}
