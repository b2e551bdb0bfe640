import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts/contacts.module';
import { ProviderOversightRepository } from './provider-oversight.repository';
import { ProviderOversightResolver } from './provider-oversight.resolver';
import { ProviderOversightService } from './provider-oversight.service';

@Module({
  imports: [ContactsModule],
  providers: [ProviderOversightRepository, ProviderOversightService, ProviderOversightResolver],
})
export class ProviderOversightModule {}
