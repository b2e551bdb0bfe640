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
import { SafeguardingAlertsJob } from './safeguarding-alerts.job';
import { SafeguardingContactsService } from './safeguarding-contacts.service';
import { SafeguardingRepository } from './safeguarding.repository';
import { SafeguardingResolver } from './safeguarding.resolver';
import { SafeguardingService } from './safeguarding.service';

/** Concerns and the escalation ladder; a concern raised from a drifted action or a home-visit recommendation locks it through its owner. */
@Module({
  imports: [ActionsModule, ChildrenModule, HomeVisitsModule, NotificationsModule],
  providers: [
    ConcernsRepository,
    ConcernAccessService,
    ConcernsService,
    ConcernReadsService,
    OverdueConcernsJob,
    EscalationsResolver,
    SafeguardingRepository,
    SafeguardingService,
    SafeguardingContactsService,
    SafeguardingAlertsJob,
    SafeguardingResolver,
  ],
  exports: [ConcernsService, OverdueConcernsJob, SafeguardingAlertsJob, SafeguardingRepository],
})
export class EscalationsModule {}
