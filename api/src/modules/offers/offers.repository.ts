import { Injectable } from '@nestjs/common';
import type { OfferOutcome, OfferReason } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows, sqlRun } from '../../database/sql';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ChildDecisionEntity, type DecisionKind } from './child-decision.entity';
import { OfferEntity } from './offer.entity';

/** A new offer: who it is for, why, and when it is due. */
export interface OfferDraft {
  childId: string;
  assignmentId: string;
  reason: OfferReason;
  promptedOn: string;
  dueOn: string;
  dueExplanation: string;
}

/** Many new offers of one reason: each child's assignment, with the day it was prompted and its due date. */
export interface OfferBatch {
  reason: OfferReason;
  childIds: string[];
  assignmentIds: string[];
  promptedOn: string[];
  dueOn: string[];
  dueExplanations: string[];
}

/** How many open offers, and when the first and last are due (null when there are none). */
export interface OffersDue {
  count: number;
  earliest: string | null;
  latest: string | null;
}

/** The child's answer to an offer, as recorded on it. */
export interface OfferAnswer {
  outcome: OfferOutcome;
  outcomeOn: string;
  childWords: string | null;
  nonInstructedReason: string | null;
  outcomeRecordedByUserId: string;
}

/** One of the child's decisions about advocacy. */
export interface DecisionDraft {
  childId: string;
  kind: DecisionKind;
  decidedOn: string;
  childWords: string | null;
  offerId: string | null;
  recordedByUserId: string;
}

/**
 * Owns: offers, child_decisions. Assignments (and the import, through them) create and close offers through
 * `OffersService`. Reads (and, for the age-16 run, locks) the current assignments.
 */
@Injectable()
export class OffersRepository {
  async insert(manager: EntityManager, draft: OfferDraft): Promise<OfferEntity> {
    return manager.save(
      manager.create(OfferEntity, {
        ...draft,
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

  /** The same offers as `insert`, many in one statement. */
  async insertMany(manager: EntityManager, batch: OfferBatch): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO offers (child_id, assignment_id, reason, prompted_on, due_on, due_explanation)
       SELECT v.child_id, v.assignment_id, $1, v.prompted_on, v.due_on, v.sentence
         FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::text[]) AS v(child_id, assignment_id, prompted_on, due_on, sentence)`,
      [batch.reason, batch.childIds, batch.assignmentIds, batch.promptedOn, batch.dueOn, batch.dueExplanations],
    );
  }

  /** The open offers (no outcome, not closed) of these children's current assignments, with their earliest and latest due dates. */
  async openDueOf(sql: Sql, childIds: readonly string[]): Promise<OffersDue> {
    const row = await sqlRow<OffersDue>(
      sql,
      `SELECT count(*)::int AS count, to_char(min(o.due_on), 'YYYY-MM-DD') AS earliest, to_char(max(o.due_on), 'YYYY-MM-DD') AS latest
         FROM offers o JOIN assignments a ON a.id = o.assignment_id AND a.ended_on IS NULL
        WHERE o.child_id = ANY($1::uuid[]) AND o.outcome IS NULL AND o.closed_on IS NULL`,
      [childIds],
    );
    return row ?? { count: 0, earliest: null, latest: null };
  }

  /** Closes the assignment's open offer (no outcome yet), never before it was prompted. */
  async closeOnReassignment(manager: EntityManager, assignmentId: string, closedOn: string): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE offers SET closed_on = GREATEST($2::date, prompted_on), closed_reason = 'REASSIGNED' WHERE assignment_id = $1 AND outcome IS NULL AND closed_on IS NULL`,
      [assignmentId, closedOn],
    );
  }

  async openOfferCount(manager: EntityManager, childId: string): Promise<number> {
    return manager.createQueryBuilder(OfferEntity, 'o').where('o.child_id = :childId AND o.outcome IS NULL AND o.closed_on IS NULL', { childId }).getCount();
  }

  /** The offer, its row locked for the rest of the transaction; null when there is none. */
  async lockOffer(manager: EntityManager, offerId: string): Promise<OfferEntity | null> {
    return manager.findOne(OfferEntity, { where: { id: offerId }, lock: { mode: 'pessimistic_write' } });
  }

  async recordAnswer(manager: EntityManager, offerId: string, answer: OfferAnswer): Promise<void> {
    await manager.update(OfferEntity, { id: offerId }, { ...answer });
  }

  /** The child opted back in: their open offer (if any) is accepted. */
  async acceptOpenOffers(manager: EntityManager, childId: string, decidedOn: string, userId: string): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE offers SET outcome = 'ACCEPTED', outcome_on = $2, outcome_recorded_by_user_id = $3 WHERE child_id = $1 AND outcome IS NULL AND closed_on IS NULL`,
      [childId, decidedOn, userId],
    );
  }

  async latestDecision(manager: EntityManager, childId: string): Promise<ChildDecisionEntity | null> {
    return manager.findOne(ChildDecisionEntity, { where: { childId }, order: { recordedAt: 'DESC', id: 'DESC' } });
  }

  async insertDecision(manager: EntityManager, draft: DecisionDraft): Promise<void> {
    await manager.insert(ChildDecisionEntity, { ...draft });
  }

  /** Whether this user is the child's current advocate. */
  async isCurrentAdvocate(manager: EntityManager, childId: string, userId: string): Promise<boolean> {
    const rows = await sqlRows<unknown>(
      manager,
      `SELECT 1 FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id WHERE a.child_id = $1 AND a.ended_on IS NULL AND adv.user_id = $2`,
      [childId, userId],
    );
    return rows.length > 0;
  }

  /** Whether there is a child with this id (false for an id that is not a uuid). */
  async childExists(manager: EntityManager, childId: string): Promise<boolean> {
    const rows = await sqlRows<unknown>(manager, `SELECT 1 FROM children WHERE id = $1`, [childId]).catch(() => []);
    return rows.length > 0;
  }

  /** One age-16 run at a time across API processes: the check for due offers reads offers, which a row lock on assignments does not guard. */
  async lockAgeSixteenRun(manager: EntityManager): Promise<void> {
    await sqlRun(manager, `SELECT pg_advisory_xact_lock(hashtext('heard:age-16-offers'))`);
  }

  /** Current assignments (locked) of children aged 16 by `today` whose latest decision is to opt out and who have had no age-16 offer nor have one open. */
  async dueAgeSixteen(manager: EntityManager, today: string): Promise<AssignmentEntity[]> {
    return manager
      .createQueryBuilder(AssignmentEntity, 'a')
      .innerJoin('a.child', 'c')
      .where('a.ended_on IS NULL')
      .andWhere(`c.date_of_birth <= (:today::date - interval '16 years')`, { today })
      .andWhere(`(SELECT d.kind FROM child_decisions d WHERE d.child_id = c.id ORDER BY d.recorded_at DESC, d.id DESC LIMIT 1) = 'OPTED_OUT'`)
      .andWhere(`NOT EXISTS (SELECT 1 FROM offers o WHERE o.child_id = c.id AND (o.reason = 'AGE_16' OR (o.outcome IS NULL AND o.closed_on IS NULL)))`)
      .setLock('pessimistic_write', undefined, ['a'])
      .getMany();
  }
}
