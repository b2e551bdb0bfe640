import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bad } from '../meetings/meetings.service';
import { MeetingPartsRepository } from './meeting-parts.repository';
import { isUuid } from '../../common/validation/uuid';

/** The part of the meeting a decision is taken in, for the decision's recorder (who holds the held meeting's lock). */
@Injectable()
export class DecisionParts {
  constructor(private readonly repository: MeetingPartsRepository) {}

  /** The part, checked to be one of this meeting's; null for a decision of a meeting held in one piece. */
  async partFor(manager: EntityManager, meetingId: string, partId: string | null | undefined): Promise<string | null> {
    if (partId === null || partId === undefined) return null;
    if (!isUuid(partId) || !(await this.repository.isPartOf(manager, meetingId, partId)))
      throw bad('No part of this meeting with that id: choose one of the parts of the meeting.', 'partId');
    return partId;
  }

  /** Places the just-recorded decision (its text is unique at the meeting) in its part. */
  place(manager: EntityManager, meetingId: string, text: string, partId: string | null): Promise<void> {
    return partId === null ? Promise.resolve() : this.repository.placeDecision(manager, meetingId, text, partId);
  }
}
