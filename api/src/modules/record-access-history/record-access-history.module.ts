import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { RecordAccessHistoryRepository } from './record-access-history.repository';
import { RecordAccessHistoryResolver } from './record-access-history.resolver';
import { RecordAccessHistoryService } from './record-access-history.service';

/** "Who has seen my record": a read-only view over the audit trail for the child's advocate. */
@Module({
  imports: [ChildrenModule],
  providers: [RecordAccessHistoryRepository, RecordAccessHistoryService, RecordAccessHistoryResolver],
})
export class RecordAccessHistoryModule {}
