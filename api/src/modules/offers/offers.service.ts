import { Inject, Injectable } from '@nestjs/common';
import { offerDueDate, WorkingDayCalendar, type OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import type { ChildDecisionEntity } from './child-decision.entity';
import type { OfferEntity } from './offer.entity';
import { OffersRepository } from './offers.repository';

/** Creates active offers and re-offers at the key moments; used inside other transactions. */
@Injectable()
export class OffersService {
  constructor(
    private readonly calendar: WorkingDayCalendar,
    private readonly repository: OffersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, assignment: AssignmentEntity, reason: OfferReason, promptedOn: string): Promise<OfferEntity> {
    const due = offerDueDate(this.calendar, promptedOn, this.config.offerDueWorkingDays);
    return this.repository.insert(manager, {
      childId: assignment.childId,
      assignmentId: assignment.id,
      reason,
      promptedOn,
      dueOn: due.result,
      dueExplanation: due.sentence,
    });
  }

  /** The same offers as `create`, for many new assignments in one statement (the due date worked out once per day). */
  async createMany(
    manager: EntityManager,
    assignments: ReadonlyArray<{ childId: string; assignmentId: string; promptedOn: string }>,
    reason: OfferReason,
  ): Promise<void> {
    if (assignments.length === 0) return;
    const dues = new Map<string, { result: string; sentence: string }>();
    const due = (promptedOn: string) => {
      const found = dues.get(promptedOn) ?? offerDueDate(this.calendar, promptedOn, this.config.offerDueWorkingDays);
      dues.set(promptedOn, found);
      return found;
    };
    const dueOn = assignments.map((a) => due(a.promptedOn));
    await this.repository.insertMany(manager, {
      reason,
      childIds: assignments.map((a) => a.childId),
      assignmentIds: assignments.map((a) => a.assignmentId),
      promptedOn: assignments.map((a) => a.promptedOn),
      dueOn: dueOn.map((d) => d.result),
      dueExplanations: dueOn.map((d) => d.sentence),
    });
  }

  /** The child was reassigned: the old assignment's open offer is closed (the new advocate makes their own). */
  async closeOnReassignment(manager: EntityManager, assignmentId: string, closedOn: string): Promise<void> {
    await this.repository.closeOnReassignment(manager, assignmentId, closedOn);
  }

  async latestDecision(manager: EntityManager, childId: string): Promise<ChildDecisionEntity | null> {
    return this.repository.latestDecision(manager, childId);
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
    const openOffers = await this.repository.openOfferCount(manager, assignment.childId);
    if (openOffers > 0) return null;
    return this.create(manager, assignment, reason, promptedOn);
  }
}
