import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { HomeVisitsModule } from '../home-visits/home-visits.module';
import { ActionsModule } from '../actions/actions.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ConcernAccessService } from './concern-access.service';
import { ConcernReadsService } from './concern-reads.service';
import { ConcernsRepository } from './concerns.repository';
import { ConcernsService } from './concerns.service';
import { EscalationsResolver } from './escalations.resolver';
import { OverdueConcernsJob } from './overdue-concerns.job';

/** Concerns and the escalation ladder; a concern raised from a drifted action or a home-visit recommendation locks it through its owner. */
@Module({
  imports: [ActionsModule, ChildrenModule, HomeVisitsModule, NotificationsModule],
  providers: [ConcernsRepository, ConcernAccessService, ConcernsService, ConcernReadsService, OverdueConcernsJob, EscalationsResolver],
  exports: [OverdueConcernsJob],
})
export class EscalationsModule {}
