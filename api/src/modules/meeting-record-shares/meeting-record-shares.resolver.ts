import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { LateMeetingRecordType, MeetingRecordSharingType, RecordMeetingRecordSharedInput } from './dto/record-share.types';
import { MeetingRecordSharesService } from './meeting-record-shares.service';

@Resolver()
export class MeetingRecordSharesResolver {
  constructor(private readonly shares: MeetingRecordSharesService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingRecordSharingType, { description: "Whether a held meeting's record reached its attendees by role, and by when it is due." })
  meetingRecordSharing(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingRecordSharingType> {
    return this.shares.sharing(caller, meetingId, meta);
  }

  @Allow('LA_MANAGER')
  @Query(() => [LateMeetingRecordType], { description: "The caller's LA's meeting records of the last year that are overdue or went out late." })
  lateMeetingRecords(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<LateMeetingRecordType[]> {
    return this.shares.late(caller, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => MeetingRecordSharingType, { description: "A manager of the chair's LA records the day the record went to the attendees of these roles." })
  recordMeetingRecordShared(
    @Args('input') input: RecordMeetingRecordSharedInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingRecordSharingType> {
    return this.shares.record(caller, input, meta);
  }
}
