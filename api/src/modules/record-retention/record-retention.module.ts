import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { RecordRetentionRepository } from './record-retention.repository';
import { RecordRetentionResolver } from './record-retention.resolver';
import { RecordRetentionService } from './record-retention.service';

/** How long each child's record is kept (reg 50): date of death, legal holds, and the retention shown on the child's page. */
@Module({
  imports: [ChildrenModule],
  providers: [RecordRetentionRepository, RecordRetentionService, RecordRetentionResolver],
  exports: [RecordRetentionService],
})
export class RecordRetentionModule {}
