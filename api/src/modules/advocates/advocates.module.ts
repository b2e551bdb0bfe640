import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AdvocatesResolver } from './advocates.resolver';
import { AdvocatesService } from './advocates.service';

@Module({ imports: [AssignmentsModule], providers: [AdvocatesService, AdvocatesResolver] })
export class AdvocatesModule {}
