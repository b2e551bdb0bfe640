import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRow, sqlRows, sqlRun } from '../../database/sql';

/** A meeting decision with what became of it, and whose it is. */
export interface FollowThroughRow {
  decision_id: string;
  meeting_id: string;
  child_id: string;
  local_authority_id: string;
  child_name: string;
  text: string;
  significant: boolean;
  held_on: string;
  implement_by: string | null;
  implemented_on: string | null;
  challenged_on: string | null;
  challenge_reasons: string | null;
  concern_id: string | null;
}

const SELECT = `SELECT d.id AS decision_id, d.meeting_id, m.child_id, c.local_authority_id, c.given_name || ' ' || c.family_name AS child_name,
                       d.text, d.significant, to_char(COALESCE(m.held_on, m.scheduled_on), 'YYYY-MM-DD') AS held_on,
                       to_char(f.implement_by, 'YYYY-MM-DD') AS implement_by, to_char(f.implemented_on, 'YYYY-MM-DD') AS implemented_on,
                       to_char(f.challenged_on, 'YYYY-MM-DD') AS challenged_on, f.challenge_reasons, f.concern_id
                  FROM meeting_decisions d
                  JOIN meetings m ON m.id = d.meeting_id
                  JOIN children c ON c.id = m.child_id
                  LEFT JOIN decision_follow_through f ON f.decision_id = d.id`;

/** The `decision_follow_through` table: one row per decision once the LA or the advocate acts on it. */
@Injectable()
export class DecisionFollowThroughRepository {
  ofMeeting(manager: EntityManager, meetingId: string): Promise<FollowThroughRow[]> {
    return sqlRows<FollowThroughRow>(manager, `${SELECT} WHERE d.meeting_id = $1 ORDER BY d.recorded_at, d.id`, [meetingId]);
  }

  find(manager: EntityManager, decisionId: string): Promise<FollowThroughRow | undefined> {
    return sqlRow<FollowThroughRow>(manager, `${SELECT} WHERE d.id = $1`, [decisionId]);
  }

  /** Locks the decision's follow-through row (made if missing), so parallel changes to one decision take turns. */
  async lock(manager: EntityManager, decisionId: string): Promise<FollowThroughRow | undefined> {
    await sqlRun(manager, `INSERT INTO decision_follow_through (decision_id) VALUES ($1) ON CONFLICT (decision_id) DO NOTHING`, [decisionId]);
    await sqlRun(manager, `SELECT 1 FROM decision_follow_through WHERE decision_id = $1 FOR UPDATE`, [decisionId]);
    return this.find(manager, decisionId);
  }

  /**
   * Unchallenged, unimplemented decisions past their date, in the scope `where` on children `c` (param $1),
   * not yet escalated first then by date. The caller applies the domain rule to each.
   */
  pastTheirDate(manager: EntityManager, scope: { where: string; param: string }, today: string): Promise<FollowThroughRow[]> {
    return sqlRows<FollowThroughRow>(
      manager,
      `${SELECT} WHERE ${scope.where} AND f.implement_by < $2 AND f.implemented_on IS NULL AND f.challenged_on IS NULL
        ORDER BY f.implement_by, child_name, d.id`,
      [scope.param, today],
    );
  }

  async setImplementBy(manager: EntityManager, decisionId: string, implementBy: string): Promise<void> {
    await sqlRun(manager, `UPDATE decision_follow_through SET implement_by = $2, updated_at = now() WHERE decision_id = $1`, [decisionId, implementBy]);
  }

  async implemented(manager: EntityManager, decisionId: string, on: string, userId: string): Promise<void> {
    await sqlRun(manager, `UPDATE decision_follow_through SET implemented_on = $2, implemented_by_user_id = $3, updated_at = now() WHERE decision_id = $1`, [
      decisionId,
      on,
      userId,
    ]);
  }

  async challenged(manager: EntityManager, decisionId: string, on: string, reasons: string, userId: string): Promise<void> {
    await sqlRun(
      manager,
      `UPDATE decision_follow_through SET challenged_on = $2, challenge_reasons = $3, challenged_by_user_id = $4, updated_at = now() WHERE decision_id = $1`,
      [decisionId, on, reasons, userId],
    );
  }

  /** Links the concern the decision was escalated to; false when it already has one. */
  async linkConcern(manager: EntityManager, decisionId: string, concernId: string): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `UPDATE decision_follow_through SET concern_id = $2, updated_at = now() WHERE decision_id = $1 AND concern_id IS NULL`,
      [decisionId, concernId],
    );
    return affected === 1;
  }
}
