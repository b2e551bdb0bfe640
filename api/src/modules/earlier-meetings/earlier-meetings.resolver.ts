import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AnswerEarlierMeetingRequestInput, EarlierMeetingRequestType, RequestEarlierMeetingInput } from './dto/earlier-meeting.types';
import { EarlierMeetingConcernsService } from './earlier-meeting-concerns.service';
import { EarlierMeetingsService } from './earlier-meetings.service';

@Resolver()
export class EarlierMeetingsResolver {
  constructor(
    private readonly requests: EarlierMeetingsService,
    private readonly concerns: EarlierMeetingConcernsService,
  ) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [EarlierMeetingRequestType], {
    description: "The child's requests for an earlier meeting, newest first: the child's advocates and their LA's managers.",
  })
  earlierMeetingRequestsOfChild(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<EarlierMeetingRequestType[]> {
    return this.requests.ofChild(caller, childId, meta);
  }

  @Allow('LA_MANAGER')
  @Query(() => [EarlierMeetingRequestType], {
    description: "The caller's LA's requests for an earlier meeting: open ones first (soonest due), then recently answered.",
  })
  earlierMeetingRequests(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<EarlierMeetingRequestType[]> {
    return this.requests.ofMyLocalAuthority(caller, meta);
  }

  @Allow('ADVOCATE')
  @Mutation(() => EarlierMeetingRequestType, {
    description: "The child's current advocate asks for an earlier meeting; one open request per child (CONFLICT otherwise).",
  })
  requestEarlierMeeting(
    @Args('input') input: RequestEarlierMeetingInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<EarlierMeetingRequestType> {
    return this.requests.request(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => EarlierMeetingRequestType, {
    description: 'A manager of the child’s LA agrees (with the day) or declines (with reasons); answering twice is a CONFLICT.',
  })
  answerEarlierMeetingRequest(
    @Args('input') input: AnswerEarlierMeetingRequestInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<EarlierMeetingRequestType> {
    return this.requests.answer(caller, input, meta);
  }

  @Allow('ADVOCATE')
  @Mutation(() => EarlierMeetingRequestType, { description: 'Raises a concern from an unanswered request past its date, in one step and once.' })
  raiseConcernFromEarlierMeetingRequest(
    @Args('requestId', { type: () => ID }) requestId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<EarlierMeetingRequestType> {
    return this.concerns.raise(caller, requestId, meta);
  }
}
