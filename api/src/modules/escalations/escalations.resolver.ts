import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, GraphqlContext, RequestMeta } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { ConcernReadsService } from './concern-reads.service';
import { steps } from './concern-steps';
import { CONCERN_UPDATED, type ConcernUpdatePayload, mayReceive } from './concern-updates';
import { ConcernsService, type Step } from './concerns.service';
import {
  AdvocateAtHearingInput,
  ApplyToCourtInput,
  ChildCourtRequestInput,
  CloseConcernInput,
  ConcernNoteInput,
  EscalateConcernInput,
  RaiseConcernInput,
  RecordHearingInput,
  RequestInformationInput,
  RespondToConcernInput,
} from './dto/concern.inputs';
import { ConcernSummaryType, ConcernType, ConcernUpdateType } from './dto/concern.type';

@Resolver()
export class EscalationsResolver {
  constructor(
    private readonly concerns: ConcernsService,
    private readonly reads: ConcernReadsService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => ConcernType, { description: "A concern and its history, as far as the caller's role may see it." })
  concern(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.reads.concern(caller, id, meta);
  }

  @Allow('ADVOCATE')
  @Query(() => [ConcernSummaryType], { description: 'Concerns about the children the advocate represents: open first, nearest deadline first.' })
  myConcerns(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernSummaryType[]> {
    return this.reads.myConcerns(caller, meta);
  }

  @Allow('LA_MANAGER')
  @Query(() => [ConcernSummaryType], { description: "Concerns about the LA's children waiting for the LA's response." })
  concernsAwaitingResponse(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernSummaryType[]> {
    return this.reads.awaitingResponse(caller, meta);
  }

  @Allow('COMMISSIONER_STAFF')
  @Query(() => [ConcernSummaryType], { description: "Open concerns that have reached the Children's Commissioner." })
  escalationQueue(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernSummaryType[]> {
    return this.reads.escalationQueue(caller, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [ConcernSummaryType])
  concernsForChild(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ConcernSummaryType[]> {
    return this.reads.forChild(caller, childId, meta);
  }

  @Allow('ADVOCATE')
  @Mutation(() => ConcernType, { description: 'The child’s advocate raises a concern; it starts at the informal stage with the social worker.' })
  async raiseConcern(@Args('input') input: RaiseConcernInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.reads.concern(caller, await this.concerns.raise(caller, input, meta), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'RESPOND'))
  @Mutation(() => ConcernType, { description: "The LA's response at its stage, or to the Commissioner's request for information." })
  respondToConcern(@Args('input') input: RespondToConcernInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.respond(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'ESCALATE'))
  @Mutation(() => ConcernType, {
    description:
      'Moves the concern up the ladder: once the deadline has passed or the LA has responded, or at once (skipping stages) when the child is at risk.',
  })
  escalateConcern(@Args('input') input: EscalateConcernInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.escalate(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'RESOLVE'))
  @Mutation(() => ConcernType, { description: "Resolves the concern with the outcome in the child's terms." })
  resolveConcern(@Args('input') input: CloseConcernInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.resolve(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'WITHDRAW'))
  @Mutation(() => ConcernType, { description: 'Withdraws the concern at the child’s wish.' })
  withdrawConcern(@Args('input') input: CloseConcernInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.withdraw(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'ADD_EVIDENCE'))
  @Mutation(() => ConcernType, { description: 'Adds a note with evidence; a confidential note is for advocates only.' })
  addConcernNote(@Args('input') input: ConcernNoteInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.note(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'TRIAGE'))
  @Mutation(() => ConcernType)
  triageConcern(@Args('input') input: ConcernNoteInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.triage(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'REQUEST_INFORMATION'))
  @Mutation(() => ConcernType)
  requestConcernInformation(
    @Args('input') input: RequestInformationInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.requestInformation(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'APPLY_TO_COURT'))
  @Mutation(() => ConcernType)
  applyToCourt(@Args('input') input: ApplyToCourtInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.applyToCourt(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'RECORD_HEARING'))
  @Mutation(() => ConcernType)
  recordCourtHearing(@Args('input') input: RecordHearingInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.hearing(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'CHILD_ASKS_ADVOCATE_TO_ATTEND'))
  @Mutation(() => ConcernType)
  recordChildCourtRequest(
    @Args('input') input: ChildCourtRequestInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.childCourtRequest(input), meta);
  }

  @Allow(...rolesFor(COMMAND_ROLES, 'ADVOCATE_AT_HEARING'))
  @Mutation(() => ConcernType)
  recordAdvocateAtHearing(
    @Args('input') input: AdvocateAtHearingInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ConcernType> {
    return this.apply(caller, input.concernId, steps.advocateAtHearing(input), meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Subscription(() => ConcernUpdateType, {
    description: 'Changes to concerns the subscriber may see (optionally one concern), pushed as they happen.',
    filter: (payload: Record<string, ConcernUpdatePayload>, args: { concernId?: string | null }, context: GraphqlContext) => {
      const update = payload[CONCERN_UPDATED];
      return update !== undefined && mayReceive(update, context.caller, args.concernId);
    },
    resolve: (payload: Record<string, ConcernUpdatePayload>) => payload[CONCERN_UPDATED]?.update,
  })
  concernUpdated(@Args('concernId', { type: () => ID, nullable: true }) _concernId?: string): AsyncIterator<ConcernUpdatePayload> {
    return this.pubSub.asyncIterableIterator<ConcernUpdatePayload>(CONCERN_UPDATED);
  }

  private async apply(caller: Caller, concernId: string, step: Step, meta: RequestMeta): Promise<ConcernType> {
    await this.concerns.step(caller, concernId, step, meta);
    return this.reads.concern(caller, concernId, meta);
  }
}
