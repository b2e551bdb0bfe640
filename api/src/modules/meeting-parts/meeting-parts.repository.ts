import { Injectable } from '@nestjs/common';
import type { ChildChairRole } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRow, sqlRows } from '../../database/sql';

export interface PartRow {
  id: string;
  position: number;
  title: string;
  attendees: string[];
  child_attended: boolean;
  child_chair: ChildChairRole;
}

export interface PartDecisionRow {
  id: string;
  meeting_id: string;
  text: string;
  significant: boolean;
  part_id: string | null;
  told_on: string | null;
  child_said: string | null;
  told_by_name: string | null;
}

export interface PartDraft {
  meetingId: string;
  title: string;
  attendees: string[];
  childAttended: boolean;
  childChair: ChildChairRole;
  recordedByUserId: string;
}

const DECISION_SELECT = `SELECT d.id, d.meeting_id, d.text, d.significant, pd.part_id, to_char(b.told_on, 'YYYY-MM-DD') AS told_on,
                                b.child_said, u.display_name AS told_by_name
                           FROM meeting_decisions d
                           LEFT JOIN meeting_part_decisions pd ON pd.decision_id = d.id
                           LEFT JOIN missed_decision_briefings b ON b.decision_id = d.id
                           LEFT JOIN users u ON u.id = b.recorded_by_user_id`;

/**
 * The `meeting_parts`, `meeting_part_decisions` and `missed_decision_briefings` tables: a meeting's parts, the part
 * each decision was taken in, and the advocate telling the child of a significant decision they missed.
 */
@Injectable()
export class MeetingPartsRepository {
  parts(manager: EntityManager, meetingId: string): Promise<PartRow[]> {
    return sqlRows<PartRow>(
      manager,
      `SELECT id, position, title, attendees, child_attended, child_chair FROM meeting_parts WHERE meeting_id = $1 ORDER BY position`,
      [meetingId],
    );
  }

  /** Adds the part after the meeting's last one (the caller holds the meeting's row lock, so positions never collide). */
  async insertPart(manager: EntityManager, draft: PartDraft): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO meeting_parts (meeting_id, position, title, attendees, child_attended, child_chair, recorded_by_user_id)
       SELECT $1, COALESCE(MAX(position), 0) + 1, $2, $3, $4, $5, $6 FROM meeting_parts WHERE meeting_id = $1 RETURNING id`,
      [draft.meetingId, draft.title, draft.attendees, draft.childAttended, draft.childChair, draft.recordedByUserId],
    );
    if (row === undefined) throw new Error('The part was not stored.');
    return row.id;
  }

  async isPartOf(manager: EntityManager, meetingId: string, partId: string): Promise<boolean> {
    const row = await sqlRow<{ id: string }>(manager, `SELECT id FROM meeting_parts WHERE id = $1 AND meeting_id = $2`, [partId, meetingId]);
    return row !== undefined;
  }

  /** Places the meeting's decision with this text (unique at a meeting) in the part it was taken in. */
  async placeDecision(manager: EntityManager, meetingId: string, text: string, partId: string): Promise<void> {
    await sqlAffected(
      manager,
      `INSERT INTO meeting_part_decisions (decision_id, part_id) SELECT d.id, $3 FROM meeting_decisions d WHERE d.meeting_id = $1 AND d.text = $2`,
      [meetingId, text, partId],
    );
  }

  decisions(manager: EntityManager, meetingId: string): Promise<PartDecisionRow[]> {
    return sqlRows<PartDecisionRow>(manager, `${DECISION_SELECT} WHERE d.meeting_id = $1 ORDER BY d.recorded_at, d.id`, [meetingId]);
  }

  decision(manager: EntityManager, decisionId: string): Promise<PartDecisionRow | undefined> {
    return sqlRow<PartDecisionRow>(manager, `${DECISION_SELECT} WHERE d.id = $1`, [decisionId]);
  }

  /** False when the child's advocate already recorded telling the child of this decision. */
  async insertBriefing(manager: EntityManager, decisionId: string, toldOn: string, childSaid: string, userId: string): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `INSERT INTO missed_decision_briefings (decision_id, told_on, child_said, recorded_by_user_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (decision_id) DO NOTHING`,
      [decisionId, toldOn, childSaid, userId],
    );
    return affected === 1;
  }
}
