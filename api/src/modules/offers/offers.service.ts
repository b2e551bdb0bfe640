import { Inject, Injectable } from '@nestjs/common';
import { offerDueDate, WorkingDayCalendar, type OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { ChildDecisionEntity } from './child-decision.entity';
import { OfferEntity } from './offer.entity';

/** Creates active offers and re-offers at the key moments; used inside other transactions. */
@Injectable()
export class OffersService {
  constructor(
    private readonly calendar: WorkingDayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, assignment: AssignmentEntity, reason: OfferReason, promptedOn: string): Promise<OfferEntity> {
    const due = offerDueDate(this.calendar, promptedOn, this.config.offerDueWorkingDays);
    return manager.save(
      manager.create(OfferEntity, {
        childId: assignment.childId,
        assignmentId: assignment.id,
        reason,
        promptedOn,
        dueOn: due.result,
        dueExplanation: due.sentence,
        outcome: null,
        outcomeOn: null,
        childWords: null,
        nonInstructedReason: null,
        outcomeRecordedByUserId: null,
      }),
    );
  }

  async latestDecision(manager: EntityManager, childId: string): Promise<ChildDecisionEntity | null> {
    return manager.findOne(ChildDecisionEntity, { where: { childId }, order: { recordedAt: 'DESC', id: 'DESC' } });
  }

  /**
   * Opting out is never final: at a key moment, a child who has opted out gets a new offer from
   * their current advocate (unless one is already open). Returns the new offer, if any.
   */
  async offerAgainIfOptedOut(
    manager: EntityManager,
    assignment: AssignmentEntity | null,
    reason: OfferReason,
    promptedOn: string,
  ): Promise<OfferEntity | null> {
    if (assignment === null) return null;
    const latest = await this.latestDecision(manager, assignment.childId);
    if (latest?.kind !== 'OPTED_OUT') return null;
    const openOffers = await manager
      .createQueryBuilder(OfferEntity, 'o')
      .where('o.child_id = :childId AND o.outcome IS NULL', { childId: assignment.childId })
      .getCount();
    if (openOffers > 0) return null;
    return this.create(manager, assignment, reason, promptedOn);
  }
}
