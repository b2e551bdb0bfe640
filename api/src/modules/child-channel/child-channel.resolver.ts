import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CHILD_CHANNEL_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow, AllowPublic } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ChildChannelPublicService } from './child-channel-public.service';
import { ChildChannelService } from './child-channel.service';
import { MarkChildMessageRepliedInput, SendChildChannelInput } from './dto/child-channel.inputs';
import { ChildChannelMessageType, ChildChannelNewLinkType, ChildChannelPageType, ChildChannelSentType, ChildChannelType } from './dto/child-channel.types';

/** A child's own channel: public operations for the child's secret page, and the advocate's side. */
@Resolver()
export class ChildChannelResolver {
  constructor(
    private readonly publicChannel: ChildChannelPublicService,
    private readonly channels: ChildChannelService,
  ) {}

  @AllowPublic()
  @Query(() => ChildChannelPageType, { description: "The child's page, by its secret token, without an account: only the advocate's first name." })
  childChannelPage(@Args('token') token: string, @CurrentRequest() meta: RequestMeta): Promise<ChildChannelPageType> {
    return this.publicChannel.page(token.slice(0, 64), meta);
  }

  @AllowPublic()
  @Mutation(() => ChildChannelSentType, { description: 'The child sends a message, asks to be called, or says they do not feel safe (rate-limited).' })
  sendChildChannelMessage(@Args('input') input: SendChildChannelInput, @CurrentRequest() meta: RequestMeta): Promise<ChildChannelSentType> {
    return this.publicChannel.send(input, meta);
  }

  @Allow(...rolesFor(CHILD_CHANNEL_COMMAND_ROLES, 'READ_MESSAGES'))
  @Query(() => ChildChannelType, {
    description: "The child's channel, for their current advocate: whether a link is live, and the messages with their reply clocks.",
  })
  childChannel(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildChannelType> {
    return this.channels.channel(caller, childId, meta);
  }

  @Allow(...rolesFor(CHILD_CHANNEL_COMMAND_ROLES, 'CREATE_LINK'))
  @Mutation(() => ChildChannelNewLinkType, { description: "Makes the child's secret link (any earlier one stops working). The link is shown this once." })
  createChildChannelLink(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildChannelNewLinkType> {
    return this.channels.createLink(caller, childId, meta);
  }

  @Allow(...rolesFor(CHILD_CHANNEL_COMMAND_ROLES, 'REVOKE_LINK'))
  @Mutation(() => ChildChannelType, { description: "Stops the child's secret link working." })
  revokeChildChannelLink(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildChannelType> {
    return this.channels.revokeLink(caller, childId, meta);
  }

  @Allow(...rolesFor(CHILD_CHANNEL_COMMAND_ROLES, 'MARK_REPLIED'))
  @Mutation(() => ChildChannelMessageType, { description: 'Records how the advocate replied to a child’s message; a second reply is a CONFLICT.' })
  markChildMessageReplied(
    @Args('input') input: MarkChildMessageRepliedInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildChannelMessageType> {
    return this.channels.markReplied(caller, input, meta);
  }
}
