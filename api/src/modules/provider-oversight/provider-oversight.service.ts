import { Injectable } from '@nestjs/common';
import { isOfferOverdue, workingDaysOverdue, WorkingDayCalendar } from '@heard/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ContactsService, type ChildClock } from '../contacts/contacts.service';
import type { ProviderAdvocateType, ProviderChildAttentionType, ProviderOverviewType } from './dto/provider-overview.types';
import { ProviderOversightRepository, type ProviderChildRow } from './provider-oversight.repository';

/**
 * A provider manager's view of their own provider: each advocate's caseload with the children past the offer deadline
 * or the contact standard, and those children by name (allocation oversight's content: name, LA, advocate, deadline).
 */
@Injectable()
export class ProviderOversightService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProviderOversightRepository,
    private readonly contacts: ContactsService,
    private readonly audit: AuditService,
    private readonly calendar: WorkingDayCalendar,
    private readonly clock: Clock,
  ) {}

  async overview(caller: Caller, meta: RequestMeta): Promise<ProviderOverviewType> {
    const providerId = caller.advocacyProviderId;
    if (caller.role !== 'PROVIDER_MANAGER' || providerId === null) throw forbidden();
    const today = this.clock.today();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const providerName = (await this.repository.providerName(manager, providerId)) ?? '';
      const advocates = await this.repository.advocates(manager, providerId);
      const children = await this.repository.children(manager, providerId);
      const clocks = await this.contacts.oversightClocks(
        manager,
        children.map((c) => c.child_id),
      );
      const attention = children.map((c) => this.attentionOf(c, clocks.get(c.child_id), today)).filter((c) => c.offerDueOn !== null || c.contactOverdue);
      const names = new Map(advocates.map((a) => [a.id, a.display_name]));
      const shown = attention.map((c) => ({ ...c, advocateName: names.get(c.advocateId) ?? '' })).sort(byUrgency);
      await this.audit.childReads(
        manager,
        caller,
        meta,
        shown.map((c) => c.childId),
        'provider.oversight',
      );
      const rows: ProviderAdvocateType[] = advocates.map((a) => ({
        advocateId: a.id,
        displayName: a.display_name,
        caseloadCap: a.caseload_cap,
        activeCaseload: a.active_caseload,
        active: a.active,
        overdueOffers: shown.filter((c) => c.advocateId === a.id && c.offerDueOn !== null).length,
        pastContactStandard: shown.filter((c) => c.advocateId === a.id && c.contactOverdue).length,
      }));
      return { providerName, advocates: rows, childrenNeedingAttention: shown };
    });
  }

  private attentionOf(child: ProviderChildRow, clock: ChildClock | undefined, today: string): ProviderChildAttentionType {
    const offerOverdue = child.offer_due_on !== null && isOfferOverdue(child.offer_due_on, child.offer_outcome, today);
    const contactOverdue = clock?.standard.status === 'PAST_STANDARD';
    return {
      childId: child.child_id,
      childName: `${child.given_name} ${child.family_name}`,
      localAuthority: { id: child.la_id, code: child.la_code, name: child.la_name },
      advocateId: child.advocate_id,
      advocateName: '',
      offerDueOn: offerOverdue ? child.offer_due_on : null,
      offerWorkingDaysOverdue: offerOverdue && child.offer_due_on !== null ? workingDaysOverdue(this.calendar, child.offer_due_on, today) : null,
      contactOverdue,
      lastHeardAt: clock?.lastHeardAt ?? null,
      contactSentence: contactOverdue ? (clock?.standard.sentence ?? null) : null,
    };
  }
}

/** Overdue offers first (longest overdue first), then children past the contact standard, longest unheard first. */
function byUrgency(a: ProviderChildAttentionType, b: ProviderChildAttentionType): number {
  const offer = (b.offerWorkingDaysOverdue ?? -1) - (a.offerWorkingDaysOverdue ?? -1);
  if (offer !== 0) return offer;
  const heard = (a.lastHeardAt ?? '').localeCompare(b.lastHeardAt ?? '');
  return heard !== 0 ? heard : a.childName.localeCompare(b.childName);
}
