import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecordDisposalJob } from './record-disposal.job';
import { RecordDisposalRepository } from './record-disposal.repository';
import { RecordDisposalResolver } from './record-disposal.resolver';
import { RecordDisposalService } from './record-disposal.service';

/** Retention that runs: notice of records due for disposal, their disposal (anonymised for the published figures) and the register. */
@Module({
  imports: [ChildrenModule, NotificationsModule],
  providers: [RecordDisposalRepository, RecordDisposalService, RecordDisposalResolver, RecordDisposalJob],
})
export class RecordDisposalModule {}
