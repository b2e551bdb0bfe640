import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { DecisionEscalationService } from './decision-escalation.service';
import { DecisionFollowThroughService } from './decision-follow-through.service';
import { ChallengeDecisionInput, MarkDecisionImplementedInput, SetDecisionImplementByInput } from './dto/follow-through.inputs';
import { DecisionFollowThroughType } from './dto/follow-through.types';

@Resolver()
export class DecisionFollowThroughResolver {
  constructor(
    private readonly followThrough: DecisionFollowThroughService,
    private readonly escalation: DecisionEscalationService,
  ) {}

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [DecisionFollowThroughType], { description: "A meeting's decisions and what became of each: implemented, challenged, or standing." })
  decisionFollowThrough(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DecisionFollowThroughType[]> {
    return this.followThrough.ofMeeting(caller, meetingId, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => [DecisionFollowThroughType], {
    description: "Unchallenged decisions not implemented by their date in the caller's caseload or LA: flagged actions, oldest date first.",
  })
  unimplementedDecisions(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<DecisionFollowThroughType[]> {
    return this.followThrough.flagged(caller, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => DecisionFollowThroughType, { description: 'A manager of the child’s LA (for the chair) sets the date the decision is to be implemented by.' })
  setDecisionImplementBy(
    @Args('input') input: SetDecisionImplementByInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DecisionFollowThroughType> {
    return this.followThrough.setImplementBy(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => DecisionFollowThroughType, {
    description: 'A manager of the child’s LA records that the decision was implemented; CONFLICT once challenged.',
  })
  markDecisionImplemented(
    @Args('input') input: MarkDecisionImplementedInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DecisionFollowThroughType> {
    return this.followThrough.markImplemented(caller, input, meta);
  }

  @Allow('LA_MANAGER')
  @Mutation(() => DecisionFollowThroughType, {
    description: 'A manager of the child’s LA challenges the decision with reasons, within the working days after the meeting; CONFLICT once implemented.',
  })
  challengeDecision(
    @Args('input') input: ChallengeDecisionInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DecisionFollowThroughType> {
    return this.followThrough.challenge(caller, input, meta);
  }

  @Allow('ADVOCATE')
  @Mutation(() => DecisionFollowThroughType, {
    description: "The child's current advocate escalates a decision not implemented by its date onto the concern ladder, in one step and once only.",
  })
  escalateDecision(
    @Args('decisionId', { type: () => ID }) decisionId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DecisionFollowThroughType> {
    return this.escalation.escalate(caller, decisionId, meta);
  }
}
