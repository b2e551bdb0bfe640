import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ConcernAccessService } from './concern-access.service';
import { ConcernReadsService } from './concern-reads.service';
import { ConcernsService } from './concerns.service';
import { EscalationsResolver } from './escalations.resolver';
import { OverdueConcernsJob } from './overdue-concerns.job';

@Module({
  imports: [ChildrenModule, NotificationsModule],
  providers: [ConcernAccessService, ConcernsService, ConcernReadsService, OverdueConcernsJob, EscalationsResolver],
  exports: [OverdueConcernsJob],
})
export class EscalationsModule {}
