import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AllocationService } from './allocation.service';
import { AdvocateCaseloadType, AllocatedChildType, AwaitingAdvocateEntryType, ReassignChildInput, SetCaseloadCapInput } from './dto/allocation.types';
import { DataSource } from 'typeorm';
import { sqlRows } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import { searchChildren } from './child-search.query';
import { ChildSearchInput, ChildSearchResultType } from './dto/child-search.types';

@Resolver()
export class AllocationResolver {
  constructor(
    private readonly allocation: AllocationService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Allow('COMMISSIONER_STAFF')
  @Query(() => ChildSearchResultType, {
    description: 'Children found by part of their name, date of birth or LA, to reassign; each child shown is an audited read.',
  })
  childSearch(@Args('input') input: ChildSearchInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ChildSearchResultType> {
    return this.dataSource.transaction(async (manager) => {
      const found = await searchChildren(manager, input);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        found.matches.map((m) => m.id),
        'allocation.child_search',
      );
      return found;
    });
  }

  @Allow('LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN')
  @Query(() => [AwaitingAdvocateEntryType], { description: 'Children waiting for an advocate, oldest first (an LA manager sees their own LA).' })
  awaitingAdvocate(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<AwaitingAdvocateEntryType[]> {
    return this.allocation.awaiting(caller, meta);
  }

  @Allow('COMMISSIONER_STAFF', 'ADMIN')
  @Query(() => [AdvocateCaseloadType], { description: 'Every advocate against their cap, fullest first.' })
  caseloads(): Promise<AdvocateCaseloadType[]> {
    return this.allocation.caseloads();
  }

  @Allow('COMMISSIONER_STAFF', 'ADMIN')
  @Mutation(() => AdvocateCaseloadType, { description: "Changes an advocate's cap; a higher cap assigns waiting children." })
  setCaseloadCap(
    @Args('input') input: SetCaseloadCapInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocateCaseloadType> {
    return this.allocation.setCap(caller, input, meta);
  }

  @Allow('COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER')
  @Mutation(() => AllocatedChildType, { description: 'Moves a child to another advocate, with a reason (a provider manager: within their own provider).' })
  async reassignChild(
    @Args('input') input: ReassignChildInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AllocatedChildType> {
    const childId = await this.allocation.reassign(caller, input, meta);
    const rows = await sqlRows<{ given_name: string; family_name: string; la_id: string; la_code: string; la_name: string; advocate: string }>(
      this.dataSource,
      `SELECT c.given_name, c.family_name, la.id AS la_id, la.code AS la_code, la.name AS la_name, u.display_name AS advocate
         FROM children c JOIN local_authorities la ON la.id = c.local_authority_id
         JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL JOIN advocates adv ON adv.id = a.advocate_id JOIN users u ON u.id = adv.user_id
        WHERE c.id = $1`,
      [childId],
    );
    const row = rows[0];
    if (row === undefined) throw new Error('reassigned child has no active assignment');
    return {
      childId,
      childName: `${row.given_name} ${row.family_name}`,
      localAuthority: { id: row.la_id, code: row.la_code, name: row.la_name },
      advocateName: row.advocate,
    };
  }
}
