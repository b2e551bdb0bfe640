import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { MEETING_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { MeetingType } from '../meetings/dto/meeting.types';
import { MeetingReadsService } from '../meetings/meeting-reads.service';
import { RecordAdvocateInputInput, RecordChildSelfRepresentationInput } from './dto/representation.inputs';
import { RepresentationsService } from './representations.service';

/** The advocate's own representations for a meeting: only the child's current advocate records them. */
@Resolver()
export class RepresentationsResolver {
  constructor(
    private readonly representations: RepresentationsService,
    private readonly reads: MeetingReadsService,
  ) {}

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'RECORD_ADVOCATE_INPUT'))
  @Mutation(() => MeetingType, {
    description: "The child's advocate records their input on a proposed decision, before or at the meeting; the chair links a decision to it.",
  })
  async recordAdvocateInput(
    @Args('input') input: RecordAdvocateInputInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.representations.recordInput(caller, input, meta), meta);
  }

  @Allow(...rolesFor(MEETING_COMMAND_ROLES, 'RECORD_SELF_REPRESENTATION'))
  @Mutation(() => MeetingType, {
    description: "The child's advocate records, in the child's words, that the child chose to represent themselves at this meeting (once per meeting).",
  })
  async recordChildSelfRepresentation(
    @Args('input') input: RecordChildSelfRepresentationInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<MeetingType> {
    return this.reads.meeting(caller, await this.representations.recordSelfRepresentation(caller, input, meta), meta);
  }
}
