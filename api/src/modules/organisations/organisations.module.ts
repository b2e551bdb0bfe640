import { Module } from '@nestjs/common';
import { AdvocateRecordsModule } from '../advocates/advocate-records.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

/** Administration of LAs, advocacy providers and coverage; the tables' one writer. */
@Module({
  imports: [AdvocateRecordsModule, AssignmentsModule],
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsRepository],
})
export class OrganisationsModule {}
