import { Injectable } from '@nestjs/common';
import type { ConcernTheme, ViewOutcome } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlAffected, sqlRow, sqlRows } from '../../database/sql';

/** One thing the child said (a recorded view) with what became of it; the outcome columns are null while none is recorded. */
export interface OutcomeItemRow {
  view_id: string;
  kind: string;
  text: string;
  shared: boolean;
  meeting_id: string;
  scheduled_on: string;
  held_on: string | null;
  outcome: ViewOutcome | null;
  reason: string | null;
  themes: ConcernTheme[] | null;
  show_to_child: boolean | null;
  version: number | null;
  updated_at: Date | null;
  decision_id: string | null;
  decision_text: string | null;
  action_id: string | null;
  action_what: string | null;
}

/** A view whose outcome is being set, with its meeting's child and the outcome as it stands. */
export interface ViewToAnswerRow {
  view_id: string;
  meeting_id: string;
  child_id: string;
  outcome: ViewOutcome | null;
  version: number | null;
}

/** For the annual report: how many things children said ended in one outcome, in one LA (or England, `la` null). */
export interface ReportOutcomeRow {
  la: string | null;
  outcome: ViewOutcome;
  count: number;
}

/** What the advocate saves. */
export interface OutcomeWrite {
  viewId: string;
  meetingId: string;
  outcome: ViewOutcome;
  reason: string | null;
  decisionId: string | null;
  actionId: string | null;
  themes: readonly string[];
  showToChild: boolean;
  userId: string;
  at: Date;
}

const ITEMS = `
  SELECT v.id AS view_id, v.kind, v.text, (v.shareable AND v.sharing_withdrawn_at IS NULL) AS shared,
         m.id AS meeting_id, m.scheduled_on::text AS scheduled_on, m.held_on::text AS held_on,
         o.outcome, o.reason, o.themes, o.show_to_child, o.version, o.updated_at,
         d.id AS decision_id, d.text AS decision_text, a.id AS action_id, a.what AS action_what
    FROM child_views v
    JOIN meetings m ON m.id = v.meeting_id
    LEFT JOIN child_view_outcomes o ON o.view_id = v.id
    LEFT JOIN meeting_decisions d ON d.id = o.decision_id
    LEFT JOIN meeting_actions a ON a.id = o.action_id`;

/** The `child_view_outcomes` table: what became of what each child said. Reads the meetings' views and outcomes beside it. */
@Injectable()
export class YouSaidWeDidRepository {
  /** Every view recorded for the child's meetings (only those still shared when `onlyShared`), newest meeting first. */
  items(manager: EntityManager, childId: string, onlyShared: boolean): Promise<OutcomeItemRow[]> {
    return sqlRows<OutcomeItemRow>(
      manager,
      `${ITEMS} WHERE m.child_id = $1 AND (NOT $2 OR (v.shareable AND v.sharing_withdrawn_at IS NULL))
        ORDER BY m.scheduled_on DESC, v.recorded_at, v.id`,
      [childId, onlyShared],
    );
  }

  item(manager: EntityManager, viewId: string): Promise<OutcomeItemRow | undefined> {
    return sqlRow<OutcomeItemRow>(manager, `${ITEMS} WHERE v.id = $1`, [viewId]);
  }

  viewToAnswer(manager: EntityManager, viewId: string): Promise<ViewToAnswerRow | undefined> {
    return sqlRow<ViewToAnswerRow>(
      manager,
      `SELECT v.id AS view_id, v.meeting_id, m.child_id, o.outcome, o.version
         FROM child_views v JOIN meetings m ON m.id = v.meeting_id LEFT JOIN child_view_outcomes o ON o.view_id = v.id
        WHERE v.id = $1`,
      [viewId],
    );
  }

  /** The child whose meeting recorded this decision, or undefined when there is no such decision. */
  async decisionChild(manager: EntityManager, decisionId: string): Promise<string | undefined> {
    const row = await sqlRow<{ child_id: string }>(
      manager,
      `SELECT m.child_id FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = $1`,
      [decisionId],
    );
    return row?.child_id;
  }

  /** The child whose meeting agreed this action, or undefined when there is no such action. */
  async actionChild(manager: EntityManager, actionId: string): Promise<string | undefined> {
    const row = await sqlRow<{ child_id: string }>(manager, `SELECT m.child_id FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = $1`, [
      actionId,
    ]);
    return row?.child_id;
  }

  /** The first outcome of a view: false when another save got there first. */
  async insert(manager: EntityManager, w: OutcomeWrite): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `INSERT INTO child_view_outcomes (view_id, raised_at_meeting_id, outcome, reason, decision_id, action_id, show_to_child, updated_by_user_id, updated_at, themes, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], 1) ON CONFLICT (view_id) DO NOTHING`,
      [w.viewId, w.meetingId, w.outcome, w.reason, w.decisionId, w.actionId, w.showToChild, w.userId, w.at, w.themes],
    );
    return affected === 1;
  }

  /** A later outcome, only over the version the advocate read: false when another save changed it since. */
  async update(manager: EntityManager, w: OutcomeWrite, version: number): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `UPDATE child_view_outcomes SET outcome = $2, reason = $3, decision_id = $4, action_id = $5, show_to_child = $6,
              updated_by_user_id = $7, updated_at = $8, themes = $10::text[], version = version + 1
        WHERE view_id = $1 AND version = $9`,
      [w.viewId, w.outcome, w.reason, w.decisionId, w.actionId, w.showToChild, w.userId, w.at, version, w.themes],
    );
    return affected === 1;
  }

  /**
   * For the annual report: the things children said at their meetings held from `from` to `to` (London dates), by what
   * became of them (OPEN while none is recorded), per LA and for England (`la` null).
   */
  reportOutcomes(manager: Sql, from: string, to: string): Promise<ReportOutcomeRow[]> {
    return sqlRows<ReportOutcomeRow>(
      manager,
      `SELECT c.local_authority_id AS la, coalesce(o.outcome, 'OPEN') AS outcome, count(*)::int AS count
         FROM child_views v JOIN meetings m ON m.id = v.meeting_id JOIN children c ON c.id = m.child_id
         LEFT JOIN child_view_outcomes o ON o.view_id = v.id
        WHERE m.held_on BETWEEN $1::date AND $2::date
        GROUP BY GROUPING SETS ((c.local_authority_id, coalesce(o.outcome, 'OPEN')), (coalesce(o.outcome, 'OPEN')))`,
      [from, to],
    );
  }
}
