import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import type { Caller } from '../../common/request/request-context';
import { ChildSummaryType } from '../children/dto/child-summary.type';
import { ChildType } from '../children/dto/child.type';
import { ContactsService, type ChildClock } from './contacts.service';
import { ContactStandardStatus, ContactStandardType } from './dto/contact.types';

/**
 * "Last heard" and the contact standard on a child's summary and record. Field resolvers run no guards: the parent was read
 * (and audited) by a query that checked access, and the service shows the clock only to the child's current advocate (in full)
 * and the manager of the child's LA (last heard and the status). A provider manager's view of the flag will come with that role.
 */
function childContactFields(type: typeof ChildSummaryType | typeof ChildType, name: string) {
  @Resolver(() => type)
  class ChildContactFields {
    /** Both fields of one child share one read. */
    private readonly clocks = new WeakMap<object, Promise<ChildClock | null>>();

    constructor(private readonly contacts: ContactsService) {}

    @ResolveField('lastHeardAt', () => String, {
      nullable: true,
      description: "When the child's own views were last recorded in a contact (ISO 8601); null if never, or not the caller's to see.",
    })
    async lastHeardAt(@Parent() child: ChildSummaryType, @CurrentCaller() caller: Caller): Promise<string | null> {
      return (await this.clockOf(child, caller))?.lastHeardAt ?? null;
    }

    @ResolveField('contactStandard', () => ContactStandardType, {
      nullable: true,
      description: "Whether the child is within the contact standard; null if not the caller's to see.",
    })
    async contactStandard(@Parent() child: ChildSummaryType, @CurrentCaller() caller: Caller): Promise<ContactStandardType | null> {
      const clock = await this.clockOf(child, caller);
      return clock === null ? null : { ...clock.standard, status: ContactStandardStatus[clock.standard.status] };
    }

    private clockOf(child: ChildSummaryType, caller: Caller): Promise<ChildClock | null> {
      const known = this.clocks.get(child);
      if (known !== undefined) return known;
      const clock = this.contacts.clockFor(caller, { id: child.id, localAuthorityId: child.localAuthority.id });
      this.clocks.set(child, clock);
      return clock;
    }
  }
  // Each resolver is named for its type (the self-registration list and Nest's logs show it).
  Object.defineProperty(ChildContactFields, 'name', { value: name });
  return ChildContactFields;
}

export const ChildSummaryContactResolver = childContactFields(ChildSummaryType, 'ChildSummaryContactResolver');
export const ChildContactResolver = childContactFields(ChildType, 'ChildContactResolver');
