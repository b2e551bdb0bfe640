import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ChildrenModule } from '../children/children.module';
import { OffersModule } from '../offers/offers.module';
import { TriggersResolver } from './triggers.resolver';
import { TriggersService } from './triggers.service';

@Module({ imports: [AssignmentsModule, ChildrenModule, OffersModule], providers: [TriggersService, TriggersResolver], exports: [TriggersService] })
export class TriggersModule {}
