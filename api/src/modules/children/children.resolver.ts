import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from './child-access.service';
import { ChildrenService } from './children.service';
import { AdvocateCardType } from './dto/advocate-card.type';
import { ChildSummaryType } from './dto/child-summary.type';
import { ChildType } from './dto/child.type';
import { sqlRows } from '../../database/sql';

@Resolver()
export class ChildrenResolver {
  constructor(
    private readonly children: ChildrenService,
    private readonly access: ChildAccessService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Allow('ADVOCATE')
  @Query(() => [ChildSummaryType], { description: "The advocate's current children, overdue and due-soon offers first." })
  myChildren(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ChildSummaryType[]> {
    return this.children.myChildren(caller, meta);
  }

  @Allow('LA_MANAGER')
  @Query(() => [ChildSummaryType], { description: "Children of the manager's own LA and who their advocate is." })
  laChildren(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ChildSummaryType[]> {
    return this.children.laChildren(caller, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => ChildType, { description: "A child's record: episodes, advocates, offers and decisions." })
  child(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ChildType> {
    return this.children.child(caller, id, meta);
  }

  @Allow('ADVOCATE', 'LA_MANAGER')
  @Query(() => AdvocateCardType, { description: "The child's printable 'my advocate' card." })
  async advocateCard(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<AdvocateCardType> {
    return this.dataSource.transaction(async (manager) => {
      const child = await this.access.readable(manager, caller, childId);
      const rows = await sqlRows<{ display_name: string; email: string; contact_phone: string | null; provider: string }>(
        manager,
        `SELECT u.display_name, u.email, adv.contact_phone, p.name AS provider
           FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id JOIN users u ON u.id = adv.user_id
           JOIN advocacy_providers p ON p.id = adv.advocacy_provider_id
          WHERE a.child_id = $1 AND a.ended_on IS NULL`,
        [child.id],
      );
      const advocate = rows[0];
      if (advocate === undefined) throw new DomainException('NOT_FOUND', 'This child does not have an advocate at the moment.');
      await this.audit.record(manager, { actor: caller, action: 'child.card_read', entity: 'child', entityId: child.id, meta });
      return {
        childName: child.preferredName ?? child.givenName,
        advocateName: advocate.display_name,
        advocateEmail: advocate.email,
        advocatePhone: advocate.contact_phone,
        providerName: advocate.provider,
      };
    });
  }
}
