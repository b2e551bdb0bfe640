import { Module } from '@nestjs/common';
import { DecisionParts } from './decision-parts';
import { MeetingPartsRepository } from './meeting-parts.repository';

/** The parts' tables and the link from a decision to its part: what the decisions' recorder (`ActionsModule`) builds on. */
@Module({
  providers: [MeetingPartsRepository, DecisionParts],
  exports: [MeetingPartsRepository, DecisionParts],
})
export class MeetingPartLinksModule {}
