import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ACTION_COMMAND_ROLES, CHILD_VIEW_COMMAND_ROLES, MEETING_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, GraphqlContext, RequestMeta } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { RecordActionInput, ReviewActionInput } from '../actions/dto/action.inputs';
import { MeetingOutcomesService } from '../actions/meeting-outcomes.service';
import { CompleteMeetingInput, HoldMeetingInput, RecordChildViewInput, RecordMeetingDecisionInput, ScheduleMeetingInput } from './dto/meeting.inputs';
import { MeetingSummaryType } from './dto/meeting-summary.type';
import { ChildMeetingType, MeetingActionType, MeetingType, NextMeetingDueType, OverdueMeetingType } from './dto/meeting.types';
import { ChildViewSharingService } from './child-view-sharing.service';
import { CHILD_VIEWS_CHANGED, ChildViewsChangedType, type ChildViewsChangedPayload, ChildViewUpdates, mayReceiveViewChange } from './child-view-updates';
import { MeetingReadsService } from './meeting-reads.service';
import { MeetingScheduleService } from './meeting-schedule.service';
import { MeetingsService } from './meetings.service';

@Resolver()
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly outcomes: MeetingOutcomesService,
    private readonly reads: MeetingReadsService,
    private readonly schedule: MeetingScheduleService,
    private readonly sharing: ChildViewSharingService,
    private readonly viewUpdates: ChildViewUpdates,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingType, { description: 'A care-planning meeting; LA users see only the views the child agreed to share.' })
  meeting(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingType> {
    return this.reads.meeting(caller, id, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => NextMeetingDueType, { nullable: true, description: "When the child's next meeting is due, and why (null when not in care)." })
  nextMeetingDue(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<NextMeetingDueType | null> {
    return this.schedule.nextDue(caller, childId, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [OverdueMeetingType], { description: "Children in the caller's caseload or LA whose next meeting is overdue, most overdue first." })
  overdueMeetings(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<OverdueMeetingType[]> {
    return this.schedule.overdue(caller, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [ChildMeetingType], { description: "A child's meetings, newest first, with their decisions and actions: the child's meeting timeline." })
  meetingsForChild(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildMeetingType[]> {
    return this.reads.forChild(caller, childId, meta);
  }

  @Allow('LA_MANAGER')
  @Query(() => [MeetingSummaryType], { description: 'Meetings to chair: scheduled or held but not completed.' })
  meetingsToChair(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingSummaryType[]> {
    return this.reads.meetingsToChair(caller, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [MeetingActionType], { description: 'Open actions that have drifted (carried over twice) or are past due.' })
  actionsNeedingAttention(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingActionType[]> {
    return this.reads.actionsNeedingAttention(caller, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingType)
  async scheduleMeeting(
    @Args('input') input: ScheduleMeetingInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.meetings.schedule(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'RECORD_CHILD_VIEW'))
  @Mutation(() => MeetingType, { description: "The advocate records the child's views before the meeting, each shareable or not." })
  async recordChildView(
    @Args('input') input: RecordChildViewInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    const recorded = await this.meetings.recordView(caller, input, meta);
    await this.viewUpdates.publish(recorded.meetingId, recorded.viewId, 'RECORDED', input.shareable);
    return this.reads.meeting(caller, recorded.meetingId, meta);
  }

  @Allow(...rolesFor(CHILD_VIEW_COMMAND_ROLES, 'WITHDRAW_SHARING'))
  @Mutation(() => MeetingType, {
    description: "The child's current advocate withdraws the sharing of a shared view: LA users no longer see it; who and when are recorded.",
  })
  async withdrawChildViewSharing(
    @Args('viewId', { type: () => ID }) viewId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    const meetingId = await this.sharing.withdraw(caller, viewId, meta);
    await this.viewUpdates.publish(meetingId, viewId, 'SHARING_WITHDRAWN', true);
    return this.reads.meeting(caller, meetingId, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Subscription(() => ChildViewsChangedType, {
    description:
      "A child's view recorded for the meeting, or its sharing withdrawn, pushed to those who may see it (the child's current advocate; the LA's managers for a shared view). Read the meeting again for the views.",
    filter: (payload: Record<string, ChildViewsChangedPayload>, args: { meetingId: string }, context: GraphqlContext) => {
      const update = payload[CHILD_VIEWS_CHANGED];
      return update !== undefined && mayReceiveViewChange(update, context.caller, args.meetingId);
    },
    resolve: (payload: Record<string, ChildViewsChangedPayload>) => payload[CHILD_VIEWS_CHANGED]?.update,
  })
  childViewsChanged(@Args('meetingId', { type: () => ID }) _meetingId: string): AsyncIterator<ChildViewsChangedPayload> {
    return this.pubSub.asyncIterableIterator<ChildViewsChangedPayload>(CHILD_VIEWS_CHANGED);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'HOLD'))
  @Mutation(() => MeetingType)
  async holdMeeting(@Args('input') input: HoldMeetingInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.meetings.hold(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'RECORD_DECISION'))
  @Mutation(() => MeetingType, { description: "Refused for a significant decision without the advocate's input, unless the child represents themselves." })
  async recordMeetingDecision(
    @Args('input') input: RecordMeetingDecisionInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.outcomes.decide(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'RECORD_ACTION'))
  @Mutation(() => MeetingType)
  async recordAction(@Args('input') input: RecordActionInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.outcomes.addAction(caller, input, meta), meta);
  }

  @Allow(...rolesFor(ACTION_COMMAND_ROLES, 'REVIEW'))
  @Mutation(() => MeetingType)
  async reviewAction(@Args('input') input: ReviewActionInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.outcomes.review(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'COMPLETE'))
  @Mutation(() => MeetingType, { description: 'Completes a held meeting once every earlier open action is closed or carried over.' })
  async completeMeeting(
    @Args('input') input: CompleteMeetingInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.outcomes.complete(caller, input, meta), meta);
  }
}
