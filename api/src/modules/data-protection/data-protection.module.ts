import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { RecordRetentionModule } from '../record-retention/record-retention.module';
import { DataProtectionRepository } from './data-protection.repository';
import { DataProtectionResolver } from './data-protection.resolver';
import { DataProtectionService } from './data-protection.service';

/** The data protection officer's way in: their LA's children, by name, with how long each record is kept. */
@Module({
  imports: [ChildrenModule, RecordRetentionModule],
  providers: [DataProtectionRepository, DataProtectionService, DataProtectionResolver],
})
export class DataProtectionModule {}
