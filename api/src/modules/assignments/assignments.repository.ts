import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/sql';

interface ActiveAssignmentRow {
  id: string;
  child_id: string;
  advocate_id: string;
  started_on: string;
}

/** A child's active assignment, as the import's plan needs it. */
export interface ActiveAssignment {
  id: string;
  childId: string;
  advocateId: string;
  startedOn: string;
}

/** Reads of `assignments` and writes of `awaiting_advocate` that other features (triggers, imports) ask for. */
@Injectable()
export class AssignmentsRepository {
  /** The active assignment of each of these children that has one, by child id. */
  async activeOf(manager: EntityManager, childIds: readonly string[]): Promise<Map<string, ActiveAssignment>> {
    if (childIds.length === 0) return new Map();
    const rows = await sqlRows<ActiveAssignmentRow>(
      manager,
      `SELECT id, child_id, advocate_id, to_char(started_on, 'YYYY-MM-DD') AS started_on FROM assignments WHERE child_id = ANY($1::uuid[]) AND ended_on IS NULL`,
      [childIds],
    );
    return new Map(rows.map((r) => [r.child_id, { id: r.id, childId: r.child_id, advocateId: r.advocate_id, startedOn: r.started_on }]));
  }

  /** Which of these children are waiting for an advocate now. */
  async waitingOf(manager: EntityManager, childIds: readonly string[]): Promise<Set<string>> {
    if (childIds.length === 0) return new Set();
    const rows = await sqlRows<{ child_id: string }>(
      manager,
      `SELECT child_id FROM awaiting_advocate WHERE child_id = ANY($1::uuid[]) AND resolved_at IS NULL`,
      [childIds],
    );
    return new Set(rows.map((r) => r.child_id));
  }

  /** These children no longer wait for an advocate (they left care). */
  async stopWaiting(manager: EntityManager, childIds: readonly string[]): Promise<void> {
    await sqlRun(manager, `UPDATE awaiting_advocate SET resolved_at = now() WHERE child_id = ANY($1::uuid[]) AND resolved_at IS NULL`, [childIds]);
  }

  /** The child no longer waits for an advocate (they left care). */
  async stopWaitingOne(manager: EntityManager, childId: string): Promise<void> {
    await sqlRun(manager, `UPDATE awaiting_advocate SET resolved_at = now() WHERE child_id = $1 AND resolved_at IS NULL`, [childId]);
  }
}
