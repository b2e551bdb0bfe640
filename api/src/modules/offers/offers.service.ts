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
        closedOn: null,
        closedReason: null,
      }),
    );
  }

  /** The same offers as `create`, for many new assignments in one statement (the due date worked out once per day). */
  async createMany(manager: EntityManager, assignments: ReadonlyArray<{ childId: string; assignmentId: string; promptedOn: string }>, reason: OfferReason): Promise<void> {
    if (assignments.length === 0) return;
    const dues = new Map<string, { result: string; sentence: string }>();
    const due = (promptedOn: string) => {
      const found = dues.get(promptedOn) ?? offerDueDate(this.calendar, promptedOn, this.config.offerDueWorkingDays);
      dues.set(promptedOn, found);
      return found;
    };
    const dueOn = assignments.map((a) => due(a.promptedOn));
    await manager.query(
      `INSERT INTO offers (child_id, assignment_id, reason, prompted_on, due_on, due_explanation)
       SELECT v.child_id, v.assignment_id, $1, v.prompted_on, v.due_on, v.sentence
         FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::text[]) AS v(child_id, assignment_id, prompted_on, due_on, sentence)`,
      [reason, assignments.map((a) => a.childId), assignments.map((a) => a.assignmentId), assignments.map((a) => a.promptedOn), dueOn.map((d) => d.result), dueOn.map((d) => d.sentence)],
    );
  }

  /** The child was reassigned: the old assignment's open offer is closed (the new advocate makes their own). */
  async closeOnReassignment(manager: EntityManager, assignmentId: string, closedOn: string): Promise<void> {
    await manager.query(
      `UPDATE offers SET closed_on = GREATEST($2::date, prompted_on), closed_reason = 'REASSIGNED' WHERE assignment_id = $1 AND outcome IS NULL AND closed_on IS NULL`,
      [assignmentId, closedOn],
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
      .where('o.child_id = :childId AND o.outcome IS NULL AND o.closed_on IS NULL', { childId: assignment.childId })
      .getCount();
    if (openOffers > 0) return null;
    return this.create(manager, assignment, reason, promptedOn);
  }
}
