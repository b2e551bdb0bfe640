import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { DataProtectionChildrenInput, DataProtectionChildrenType, DataProtectionChildType } from './dto/data-protection.types';
import { DataProtectionService } from './data-protection.service';

@Resolver()
export class DataProtectionResolver {
  constructor(private readonly dataProtection: DataProtectionService) {}

  @Allow('DATA_PROTECTION_OFFICER')
  @Query(() => DataProtectionChildrenType, {
    description: "The data protection officer's LA's children (at most 50, by name or LA reference) and how long each record is kept; each an audited read.",
  })
  dataProtectionChildren(
    @Args('input', { type: () => DataProtectionChildrenInput, nullable: true }) input: DataProtectionChildrenInput | null,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DataProtectionChildrenType> {
    return this.dataProtection.children(caller, input ?? {}, meta);
  }

  @Allow('DATA_PROTECTION_OFFICER')
  @Query(() => DataProtectionChildType, { description: "One child of the officer's LA and their record's retention; NOT_FOUND for any other child." })
  dataProtectionChild(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<DataProtectionChildType> {
    return this.dataProtection.child(caller, childId, meta);
  }
}
