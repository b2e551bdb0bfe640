import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MEETING_PARTS_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { RecordFamilyViewInput } from './dto/meeting-parts.inputs';
import { MeetingFamilyViewsType } from './dto/meeting-parts.types';
import { FamilyViewsService } from './family-views.service';

@Resolver()
export class FamilyViewsResolver {
  constructor(private readonly familyViews: FamilyViewsService) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => MeetingFamilyViewsType, {
    description: "Parents' and carers' views for a meeting, by role: the LA's managers read all, the child's advocates those for the attendees and their own.",
  })
  meetingFamilyViews(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingFamilyViewsType> {
    return this.familyViews.read(caller, meetingId, meta);
  }

  @Allow(...rolesFor(MEETING_PARTS_COMMAND_ROLES, 'RECORD_FAMILY_VIEW'))
  @Mutation(() => MeetingFamilyViewsType, { description: "The LA chair or the child's current advocate records a parent's or carer's views for the meeting." })
  async recordFamilyView(
    @Args('input') input: RecordFamilyViewInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingFamilyViewsType> {
    return this.familyViews.read(caller, await this.familyViews.recordView(caller, input, meta), meta);
  }
}
