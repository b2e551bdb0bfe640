import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor, VISIT_COMMAND_ROLES } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { SaveVisitDraftInput } from './dto/home-visit.inputs';
import { HomeSummaryType, HomeType, HomeVisitType } from './dto/home.types';
import { HomeVisitsService } from './home-visits.service';
import { HomesService } from './homes.service';

@Resolver()
export class HomeVisitsResolver {
  constructor(
    private readonly reads: HomesService,
    private readonly visits: HomeVisitsService,
  ) {}

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => [HomeSummaryType], {
    description: "Homes the caller may see: an advocate's homes, the homes where an LA's children live, or every home for Commissioner staff.",
  })
  homes(@CurrentCaller() caller: Caller): Promise<HomeSummaryType[]> {
    return this.reads.list(caller);
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => HomeType)
  home(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<HomeType> {
    return this.reads.home(caller, id, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => HomeVisitType, { description: 'A visit report: the full report for advocates, the shared report for everyone else.' })
  homeVisit(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<HomeVisitType> {
    return this.reads.visit(caller, id, meta);
  }

  @Allow(...rolesFor(VISIT_COMMAND_ROLES, 'SAVE_DRAFT'))
  @Mutation(() => HomeVisitType, { description: "Saves the home's draft visit report (the responsible advocate only); it can be resumed later." })
  async saveHomeVisitDraft(
    @Args('input') input: SaveVisitDraftInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<HomeVisitType> {
    return this.reads.visit(caller, await this.visits.saveDraft(caller, input.homeId, input.report, meta), meta);
  }

  @Allow(...rolesFor(VISIT_COMMAND_ROLES, 'SUBMIT'))
  @Mutation(() => HomeVisitType, { description: 'Submits the draft once complete, follows up earlier recommendations and shares the report.' })
  async submitHomeVisit(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<HomeVisitType> {
    return this.reads.visit(caller, await this.visits.submit(caller, id, meta), meta);
  }
}
