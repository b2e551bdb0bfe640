import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AddMeetingInviteeInput, RecordChildPreferenceInput, RecordPapersSharedInput, SetMeetingLogisticsInput } from './dto/meeting-logistics.inputs';
import { MeetingLogisticsType } from './dto/meeting-logistics.types';
import { MeetingLogisticsService } from './meeting-logistics.service';

@Resolver()
export class MeetingLogisticsResolver {
  constructor(private readonly logistics: MeetingLogisticsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingLogisticsType, {
    description: "A meeting's time, place, invitations and papers: the child's advocates and the managers of the child's LA.",
  })
  meetingLogistics(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.read(caller, meetingId, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingLogisticsType, { description: 'A manager of the child’s LA sets when the meeting starts, how long it lasts and where it is held.' })
  setMeetingTimeAndPlace(
    @Args('input') input: SetMeetingLogisticsInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.setTimeAndPlace(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingLogisticsType, {
    description: 'Invites someone to the meeting in an attendee role (an email address is needed for all but the child).',
  })
  addMeetingInvitee(
    @Args('input') input: AddMeetingInviteeInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.addInvitee(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingLogisticsType, {
    description:
      'Sends the invitations not yet sent (again to all when the time or place changed), each with a calendar file; CONFLICT when there is none to send.',
  })
  sendMeetingInvitations(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.sendInvitations(caller, meetingId, meta);
  }

  @Allow('ADVOCATE')
  @Mutation(() => MeetingLogisticsType, { description: "The child's current advocate records where and when the child would like the meeting." })
  recordChildMeetingPreference(
    @Args('input') input: RecordChildPreferenceInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.recordPreference(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingLogisticsType, { description: "A manager of the child's LA records the day the social worker's report reached the advocate." })
  recordMeetingPapersShared(
    @Args('input') input: RecordPapersSharedInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingLogisticsType> {
    return this.logistics.recordPapersShared(caller, input, meta);
  }
}
