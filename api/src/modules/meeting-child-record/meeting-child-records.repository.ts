import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRow } from '../../database/sql';

export interface ChildRecordRow {
  meeting_id: string;
  text: string;
  drafted_at: Date;
  edited_at: Date;
  edited_by_name: string;
  gone_through_on: string | null;
  child_said: string | null;
  version: number;
}

const SELECT = `SELECT r.meeting_id, r.text, r.drafted_at, r.edited_at, u.display_name AS edited_by_name,
                       to_char(r.gone_through_on, 'YYYY-MM-DD') AS gone_through_on, r.child_said, r.version
                  FROM meeting_child_records r JOIN users u ON u.id = r.edited_by_user_id`;

/** The `meeting_child_records` table: one plain-words record per completed meeting, versioned for optimistic saves. */
@Injectable()
export class MeetingChildRecordsRepository {
  find(manager: EntityManager, meetingId: string): Promise<ChildRecordRow | undefined> {
    return sqlRow<ChildRecordRow>(manager, `${SELECT} WHERE r.meeting_id = $1`, [meetingId]);
  }

  /** Stores the first version; false when the meeting already has a record. */
  async insert(manager: EntityManager, meetingId: string, text: string, userId: string, at: Date): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `INSERT INTO meeting_child_records (meeting_id, text, drafted_at, edited_by_user_id, edited_at, version)
       VALUES ($1, $2, $4, $3, $4, 1) ON CONFLICT (meeting_id) DO NOTHING`,
      [meetingId, text, userId, at],
    );
    return affected === 1;
  }

  /** Saves a new version over `version`; false when someone saved in between (the caller's version is stale). */
  async save(manager: EntityManager, meetingId: string, version: number, text: string, userId: string, at: Date): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `UPDATE meeting_child_records SET text = $3, edited_by_user_id = $4, edited_at = $5, version = version + 1
        WHERE meeting_id = $1 AND version = $2`,
      [meetingId, version, text, userId, at],
    );
    return affected === 1;
  }

  /** Records that the advocate went through the record with the child, over `version`. */
  async goneThrough(manager: EntityManager, meetingId: string, version: number, on: string, childSaid: string): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `UPDATE meeting_child_records SET gone_through_on = $3, child_said = $4, version = version + 1 WHERE meeting_id = $1 AND version = $2`,
      [meetingId, version, on, childSaid],
    );
    return affected === 1;
  }
}
