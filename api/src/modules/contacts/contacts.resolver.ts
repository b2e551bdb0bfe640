import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CONTACT_COMMAND_ROLES, rolesFor } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ContactsService } from './contacts.service';
import { RecordContactInput } from './dto/contact.inputs';
import { ChildContactType, ContactStandardNationalType } from './dto/contact.types';

@Resolver()
export class ContactsResolver {
  constructor(private readonly contacts: ContactsService) {}

  @Allow('ADVOCATE')
  @Query(() => [ChildContactType], { description: "The child's contact log, newest first, with private notes: the child's current advocate only." })
  childContacts(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildContactType[]> {
    return this.contacts.contacts(caller, childId, meta);
  }

  @Allow(...rolesFor(CONTACT_COMMAND_ROLES, 'RECORD'))
  @Mutation(() => [ChildContactType], { description: "Records a contact with the child (the child's current advocate only); returns the contact log." })
  async recordContact(
    @Args('input') input: RecordContactInput,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ChildContactType[]> {
    await this.contacts.record(caller, input, meta);
    return this.contacts.contacts(caller, input.childId, meta);
  }

  @Allow('COMMISSIONER_STAFF')
  @Query(() => ContactStandardNationalType, {
    description: 'Children with a current advocate and how many are past the contact standard, by LA and by advocacy provider (counts only).',
  })
  contactStandardNational(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ContactStandardNationalType> {
    return this.contacts.national(caller, meta);
  }
}
