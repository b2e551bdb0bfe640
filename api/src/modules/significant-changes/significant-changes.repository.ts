import { Injectable } from '@nestjs/common';
import type { SignificantChangeKind } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';

export interface SignificantChangeRow {
  id: string;
  child_id: string;
  kind: SignificantChangeKind;
  occurred_on: string;
  what_changed: string;
  recorded_by_name: string;
  recorded_at: Date;
  offered_again: boolean;
}

export interface NewSignificantChange {
  childId: string;
  kind: SignificantChangeKind;
  occurredOn: string;
  whatChanged: string;
  recordedByUserId: string;
  offeredAgain: boolean;
}

const SELECT = `SELECT s.id, s.child_id, s.kind, to_char(s.occurred_on, 'YYYY-MM-DD') AS occurred_on, s.what_changed,
                       u.display_name AS recorded_by_name, s.recorded_at, s.offered_again
                  FROM significant_changes s JOIN users u ON u.id = s.recorded_by_user_id`;

/** The `significant_changes` table: changes in a child's life recorded outside a meeting. */
@Injectable()
export class SignificantChangesRepository {
  async insert(manager: EntityManager, change: NewSignificantChange): Promise<SignificantChangeRow> {
    const inserted = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO significant_changes (child_id, kind, occurred_on, what_changed, recorded_by_user_id, offered_again)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [change.childId, change.kind, change.occurredOn, change.whatChanged, change.recordedByUserId, change.offeredAgain],
    );
    const row = inserted === undefined ? undefined : await sqlRow<SignificantChangeRow>(manager, `${SELECT} WHERE s.id = $1`, [inserted.id]);
    if (row === undefined) throw new Error('significant change not stored');
    return row;
  }

  /** The child's changes since their last held meeting (every change when none was held), newest first. */
  sinceLastMeeting(manager: EntityManager, childId: string): Promise<SignificantChangeRow[]> {
    return sqlRows<SignificantChangeRow>(
      manager,
      `${SELECT}
        WHERE s.child_id = $1
          AND s.occurred_on >= COALESCE((SELECT max(m.held_on) FROM meetings m WHERE m.child_id = $1 AND m.status IN ('HELD', 'COMPLETED')), '-infinity'::date)
        ORDER BY s.occurred_on DESC, s.recorded_at DESC
        LIMIT 100`,
      [childId],
    );
  }

  /** The day of the child's last held meeting, if any. */
  async lastHeldOn(manager: EntityManager, childId: string): Promise<string | null> {
    const row = await sqlRow<{ held_on: string | null }>(
      manager,
      `SELECT to_char(max(held_on), 'YYYY-MM-DD') AS held_on FROM meetings WHERE child_id = $1 AND status IN ('HELD', 'COMPLETED')`,
      [childId],
    );
    return row?.held_on ?? null;
  }
}
