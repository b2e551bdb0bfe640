import { Injectable } from '@nestjs/common';
import type { ContactKind } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows } from '../../database/sql';

export interface ContactRow {
  id: string;
  kind: ContactKind;
  occurred_at: Date;
  views_recorded: boolean;
  private_note: string;
  recorded_by: string;
}

export interface NewContact {
  childId: string;
  advocateUserId: string;
  kind: ContactKind;
  occurredAt: Date;
  viewsRecorded: boolean;
  privateNote: string;
}

/** What the contact standard needs of one child. */
export interface ClockFacts {
  child_id: string;
  last_heard_at: Date | null;
  offer_due_on: string | null;
  meeting_dates: string[];
}

/** One child with an advocate at a report period's end: their LA and the clock's facts as they stood then. */
export interface ReportClockFacts {
  la: string;
  last_heard_at: Date | null;
  offer_due_on: string | null;
  meeting_dates: string[];
}

export interface NationalClockFacts extends ClockFacts {
  local_authority: string;
  provider: string;
}

const CLOCK_FACTS = `
  SELECT c.id AS child_id,
         (SELECT max(k.occurred_at) FROM child_contacts k WHERE k.child_id = c.id AND k.views_recorded) AS last_heard_at,
         (SELECT to_char(o.due_on, 'YYYY-MM-DD') FROM offers o WHERE o.child_id = c.id ORDER BY o.created_at DESC LIMIT 1) AS offer_due_on,
         ARRAY(SELECT to_char(coalesce(m.held_on, m.scheduled_on), 'YYYY-MM-DD') FROM meetings m WHERE m.child_id = c.id AND m.status <> 'CANCELLED') AS meeting_dates`;

/** The contacts feature's table: `child_contacts`. */
@Injectable()
export class ContactsRepository {
  async insert(manager: EntityManager, contact: NewContact): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO child_contacts (child_id, advocate_user_id, kind, occurred_at, views_recorded, private_note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [contact.childId, contact.advocateUserId, contact.kind, contact.occurredAt, contact.viewsRecorded, contact.privateNote],
    );
    if (row === undefined) throw new Error('child_contacts insert returned no row');
    return row.id;
  }

  /** The child's contacts, newest first. */
  ofChild(manager: EntityManager, childId: string): Promise<ContactRow[]> {
    return sqlRows<ContactRow>(
      manager,
      `SELECT k.id, k.kind, k.occurred_at, k.views_recorded, k.private_note, u.display_name AS recorded_by
         FROM child_contacts k JOIN users u ON u.id = k.advocate_user_id
        WHERE k.child_id = $1 ORDER BY k.occurred_at DESC, k.created_at DESC`,
      [childId],
    );
  }

  /** The clock's facts of each of these children, in one statement however many there are. */
  clockFactsOf(manager: EntityManager, childIds: readonly string[]): Promise<ClockFacts[]> {
    return sqlRows<ClockFacts>(manager, `${CLOCK_FACTS} FROM children c WHERE c.id = ANY($1::uuid[])`, [childIds]);
  }

  /** Which of these children the advocate user is the current advocate of. */
  async currentlyAdvocatedOf(manager: EntityManager, advocateUserId: string, childIds: readonly string[]): Promise<Set<string>> {
    const rows = await sqlRows<{ child_id: string }>(
      manager,
      `SELECT a.child_id FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id
        WHERE a.child_id = ANY($1::uuid[]) AND a.ended_on IS NULL AND adv.user_id = $2`,
      [childIds, advocateUserId],
    );
    return new Set(rows.map((r) => r.child_id));
  }

  /** Every child with a current advocate, with their LA and the advocate's provider. */
  nationalClockFacts(manager: EntityManager): Promise<NationalClockFacts[]> {
    return sqlRows<NationalClockFacts>(
      manager,
      `${CLOCK_FACTS}, la.name AS local_authority, p.name AS provider
         FROM children c JOIN local_authorities la ON la.id = c.local_authority_id
         JOIN assignments a ON a.child_id = c.id AND a.ended_on IS NULL
         JOIN advocates adv ON adv.id = a.advocate_id JOIN advocacy_providers p ON p.id = adv.advocacy_provider_id`,
      [],
    );
  }

  /**
   * For the annual report: each child with an advocate on `lastDay` (an assignment started by then and not ended by
   * then), with their LA and the clock's facts as they stood at the end of that day (`periodEnd`): the last contact
   * with the child's views recorded before it, the latest offer prompted by then, and the meetings up to that day.
   */
  reportClockFacts(manager: Sql, lastDay: string, periodEnd: Date): Promise<ReportClockFacts[]> {
    return sqlRows<ReportClockFacts>(
      manager,
      `SELECT c.local_authority_id AS la,
              (SELECT max(k.occurred_at) FROM child_contacts k WHERE k.child_id = c.id AND k.views_recorded AND k.occurred_at < $2) AS last_heard_at,
              (SELECT to_char(o.due_on, 'YYYY-MM-DD') FROM offers o WHERE o.child_id = c.id AND o.prompted_on <= $1::date ORDER BY o.prompted_on DESC, o.created_at DESC LIMIT 1) AS offer_due_on,
              ARRAY(SELECT to_char(coalesce(m.held_on, m.scheduled_on), 'YYYY-MM-DD') FROM meetings m
                     WHERE m.child_id = c.id AND m.status <> 'CANCELLED' AND coalesce(m.held_on, m.scheduled_on) <= $1::date) AS meeting_dates
         FROM children c
        WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.child_id = c.id AND a.started_on <= $1::date AND (a.ended_on IS NULL OR a.ended_on > $1::date))`,
      [lastDay, periodEnd],
    );
  }
}
