import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RECORD_RETENTION_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ChildType } from '../children/dto/child.type';
import { LegalHoldInput, RecordChildDeathInput } from './dto/retention.inputs';
import { RecordRetentionType } from './dto/retention.types';
import { RecordRetentionService } from './record-retention.service';

@Resolver(() => ChildType)
export class RecordRetentionResolver {
  constructor(private readonly records: RecordRetentionService) {}

  @ResolveField(() => RecordRetentionType, { description: 'How long the record is kept (reg 50), why, and any legal hold.' })
  retention(@Parent() child: ChildType, @CurrentCaller() caller: Caller): Promise<RecordRetentionType> {
    return this.records.read(caller, child.id);
  }

  @Allow(...rolesFor(RECORD_RETENTION_COMMAND_ROLES, 'RECORD_DEATH'))
  @Mutation(() => RecordRetentionType, { description: "A manager of the child's LA records the child's date of death, or corrects it." })
  recordChildDeath(
    @Args('input') input: RecordChildDeathInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<RecordRetentionType> {
    return this.records.recordDeath(caller, input, meta);
  }

  @Allow(...rolesFor(RECORD_RETENTION_COMMAND_ROLES, 'PLACE_LEGAL_HOLD'))
  @Mutation(() => RecordRetentionType, { description: "Puts the child's record on legal hold: kept until the hold is lifted. CONFLICT when one stands." })
  placeLegalHold(@Args('input') input: LegalHoldInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<RecordRetentionType> {
    return this.records.placeHold(caller, input, meta);
  }

  @Allow(...rolesFor(RECORD_RETENTION_COMMAND_ROLES, 'LIFT_LEGAL_HOLD'))
  @Mutation(() => RecordRetentionType, { description: 'Lifts the legal hold on the child’s record, saying why. CONFLICT when none stands.' })
  liftLegalHold(@Args('input') input: LegalHoldInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<RecordRetentionType> {
    return this.records.liftHold(caller, input, meta);
  }
}
