import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { MeetingRecordsModule } from '../meetings/meeting-records.module';
import { DecisionEscalationService } from './decision-escalation.service';
import { DecisionFollowThroughRepository } from './decision-follow-through.repository';
import { DecisionFollowThroughResolver } from './decision-follow-through.resolver';
import { DecisionFollowThroughService } from './decision-follow-through.service';

/** Decisions stick: what became of each meeting decision, and escalating one not implemented onto the concern ladder. */
@Module({
  imports: [MeetingRecordsModule, ChildrenModule, EscalationsModule],
  providers: [DecisionFollowThroughRepository, DecisionFollowThroughService, DecisionEscalationService, DecisionFollowThroughResolver],
})
export class DecisionFollowThroughModule {}
