import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { ChildContactResolver, ChildSummaryContactResolver } from './child-contact-fields.resolver';
import { ContactsRepository } from './contacts.repository';
import { ContactsResolver } from './contacts.resolver';
import { ContactsService } from './contacts.service';

@Module({
  exports: [ContactsRepository, ContactsService],
  imports: [ChildrenModule],
  providers: [ContactsRepository, ContactsService, ContactsResolver, ChildSummaryContactResolver, ChildContactResolver],
})
export class ContactsModule {}
