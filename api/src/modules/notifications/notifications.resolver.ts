import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ALL_ROLES, Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import type { Caller, GraphqlContext } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { NotificationType } from './dto/notification.type';
import { NOTIFICATION_ADDED, NotificationsService } from './notifications.service';

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  @Allow(...ALL_ROLES)
  @Query(() => [NotificationType], { description: "The signed-in user's latest notifications, newest first (at most 100)." })
  notifications(@Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean, @CurrentCaller() caller: Caller): Promise<NotificationType[]> {
    return this.service.list(caller, unreadOnly);
  }

  @Allow(...ALL_ROLES)
  @Query(() => Int)
  unreadNotificationCount(@CurrentCaller() caller: Caller): Promise<number> {
    return this.service.unreadCount(caller);
  }

  @Allow(...ALL_ROLES)
  @Mutation(() => Int, { description: 'Marks the given notifications read (all when none are given); returns how many are still unread.' })
  markNotificationsRead(@Args('ids', { type: () => [ID], defaultValue: [] }) ids: string[], @CurrentCaller() caller: Caller): Promise<number> {
    return this.service.markRead(caller, ids);
  }

  @Allow(...ALL_ROLES)
  @Subscription(() => NotificationType, {
    description: 'Each new notification for the signed-in user, as it happens.',
    filter: (payload: Record<string, NotificationType>, _args: unknown, context: GraphqlContext) =>
      payload[NOTIFICATION_ADDED]?.userId === context.caller?.userId,
  })
  notificationAdded(): AsyncIterator<NotificationType> {
    return this.pubSub.asyncIterableIterator<NotificationType>(NOTIFICATION_ADDED);
  }
}
