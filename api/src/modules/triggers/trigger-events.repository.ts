import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/sql';
import type { TriggerEventEntity } from './trigger-event.entity';

interface ChildRow {
  child_id: string;
}

/** The trigger_events table: every feature that records a trigger calls this. */
@Injectable()
export class TriggerEventsRepository {
  async record(manager: EntityManager, event: Pick<TriggerEventEntity, 'childId' | 'kind' | 'occurredOn' | 'recordedByUserId'>): Promise<{ id: string }> {
    const [row] = await sqlRows<{ id: string }>(
      manager,
      `INSERT INTO trigger_events (child_id, kind, occurred_on, recorded_by_user_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [event.childId, event.kind, event.occurredOn, event.recordedByUserId],
    );
    if (row === undefined) throw new Error('trigger_events insert returned no row');
    return row;
  }

  /** Of these (child, date) pairs, the children whose ENTERED_CARE on that date is already recorded. */
  async enteredCareRecorded(manager: EntityManager, childIds: readonly string[], occurredOn: readonly string[]): Promise<Set<string>> {
    const rows = await sqlRows<ChildRow>(
      manager,
      `SELECT DISTINCT t.child_id FROM trigger_events t JOIN unnest($1::uuid[], $2::date[]) AS v(child_id, occurred_on) ON t.child_id = v.child_id AND t.occurred_on = v.occurred_on
        WHERE t.kind = 'ENTERED_CARE'`,
      [childIds, occurredOn],
    );
    return new Set(rows.map((row) => row.child_id));
  }

  /** Of these (child, date) pairs, the children with an ENTERED_CARE recorded after that date (a later period of care than the one the date ends). */
  async enteredCareAfter(manager: EntityManager, childIds: readonly string[], after: readonly string[]): Promise<Set<string>> {
    if (childIds.length === 0) return new Set();
    const rows = await sqlRows<ChildRow>(
      manager,
      `SELECT DISTINCT t.child_id FROM trigger_events t JOIN unnest($1::uuid[], $2::date[]) AS v(child_id, after) ON t.child_id = v.child_id AND t.occurred_on > v.after
        WHERE t.kind = 'ENTERED_CARE'`,
      [childIds, after],
    );
    return new Set(rows.map((row) => row.child_id));
  }

  /** Records ENTERED_CARE for each (child, date) pair. */
  async recordEnteredCare(manager: EntityManager, childIds: readonly string[], occurredOn: readonly string[], userId: string): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO trigger_events (child_id, kind, occurred_on, recorded_by_user_id) SELECT v.child_id, 'ENTERED_CARE', v.occurred_on, $3 FROM unnest($1::uuid[], $2::date[]) AS v(child_id, occurred_on)`,
      [childIds, occurredOn, userId],
    );
  }
}
