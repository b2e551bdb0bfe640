import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CHILD_RECORD_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordChildRecordGoneThroughInput, SaveChildRecordInput } from './dto/child-record.inputs';
import { MeetingChildRecordType } from './dto/child-record.types';
import { MeetingChildRecordsService } from './meeting-child-records.service';

@Resolver()
export class MeetingChildRecordsResolver {
  constructor(private readonly records: MeetingChildRecordsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingChildRecordType, {
    description: "The child's plain-words record of a completed meeting: the child's advocates and the managers of the child's LA read the text.",
  })
  meetingChildRecord(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingChildRecordType> {
    return this.records.read(caller, meetingId, meta);
  }

  @Allow(...rolesFor(CHILD_RECORD_COMMAND_ROLES, 'DRAFT'))
  @Mutation(() => MeetingChildRecordType, { description: "The child's current advocate stores the draft from the meeting's record as the first version." })
  draftChildRecord(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingChildRecordType> {
    return this.records.draft(caller, meetingId, meta);
  }

  @Allow(...rolesFor(CHILD_RECORD_COMMAND_ROLES, 'SAVE'))
  @Mutation(() => MeetingChildRecordType, { description: 'Saves the record over the version edited; CONFLICT when someone saved in between.' })
  saveChildRecord(
    @Args('input') input: SaveChildRecordInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingChildRecordType> {
    return this.records.save(caller, input, meta);
  }

  @Allow(...rolesFor(CHILD_RECORD_COMMAND_ROLES, 'RECORD_GONE_THROUGH'))
  @Mutation(() => MeetingChildRecordType, {
    description: 'The advocate went through the record with the child: the date and what the child said (advocate-only).',
  })
  recordChildRecordGoneThrough(
    @Args('input') input: RecordChildRecordGoneThroughInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingChildRecordType> {
    return this.records.goneThrough(caller, input, meta);
  }
}
