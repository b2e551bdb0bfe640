import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { UsersModule } from '../users/users.module';
import { AdvocateRecordsModule } from './advocate-records.module';
import { AdvocatesResolver } from './advocates.resolver';
import { AdvocatesService } from './advocates.service';

@Module({ imports: [AssignmentsModule, UsersModule, AdvocateRecordsModule], providers: [AdvocatesService, AdvocatesResolver] })
export class AdvocatesModule {}
