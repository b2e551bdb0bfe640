import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ProviderOverviewType } from './dto/provider-overview.types';
import { ProviderOversightService } from './provider-oversight.service';

@Resolver()
export class ProviderOversightResolver {
  constructor(private readonly oversight: ProviderOversightService) {}

  @Allow('PROVIDER_MANAGER')
  @Query(() => ProviderOverviewType, {
    description: "The provider manager's own provider: caseloads, overdue offers and contact clocks; each child shown is an audited read.",
  })
  providerOverview(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ProviderOverviewType> {
    return this.oversight.overview(caller, meta);
  }
}
