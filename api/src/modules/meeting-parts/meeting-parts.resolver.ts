import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MEETING_PARTS_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AddMeetingPartInput, RecordMissedDecisionBriefingInput } from './dto/meeting-parts.inputs';
import { MeetingPartsType } from './dto/meeting-parts.types';
import { MeetingPartsService } from './meeting-parts.service';

@Resolver()
export class MeetingPartsResolver {
  constructor(private readonly parts: MeetingPartsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingPartsType, {
    description: "A meeting's parts with their attendance and who chaired them, and the significant decisions the child missed and whether they were told.",
  })
  meetingParts(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingPartsType> {
    return this.parts.read(caller, meetingId, meta);
  }

  @Allow(...rolesFor(MEETING_PARTS_COMMAND_ROLES, 'ADD_PART'))
  @Mutation(() => MeetingPartsType, {
    description: 'The LA chair records a part of the held meeting: who attended, whether the child was there and chaired it.',
  })
  async addMeetingPart(
    @Args('input') input: AddMeetingPartInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingPartsType> {
    return this.parts.read(caller, await this.parts.addPart(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_PARTS_COMMAND_ROLES, 'RECORD_MISSED_DECISION_BRIEFING'))
  @Mutation(() => MeetingPartsType, {
    description: "The child's current advocate records telling the child of a significant decision made while they were not there, and what they said.",
  })
  async recordMissedDecisionBriefing(
    @Args('input') input: RecordMissedDecisionBriefingInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingPartsType> {
    return this.parts.read(caller, await this.parts.recordBriefing(caller, input, meta), meta);
  }
}
