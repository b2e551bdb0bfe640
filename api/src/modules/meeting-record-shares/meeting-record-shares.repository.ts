import { Injectable } from '@nestjs/common';
import type { MeetingAttendeeRole } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRow, sqlRows } from '../../database/sql';

export interface RecordShareRow {
  role: MeetingAttendeeRole;
  shared_on: string;
  shared_by_name: string;
}

export interface HeldMeetingRow {
  meeting_id: string;
  child_id: string;
  child_name: string;
  held_on: string;
  last_shared_on: string | null;
  roles_shared: number;
}

/** The `meeting_record_shares` table: the day a held meeting's record went to its attendees of each role. */
@Injectable()
export class MeetingRecordSharesRepository {
  ofMeeting(manager: EntityManager, meetingId: string): Promise<RecordShareRow[]> {
    return sqlRows<RecordShareRow>(
      manager,
      `SELECT s.role, to_char(s.shared_on, 'YYYY-MM-DD') AS shared_on, u.display_name AS shared_by_name
         FROM meeting_record_shares s JOIN users u ON u.id = s.shared_by_user_id WHERE s.meeting_id = $1`,
      [meetingId],
    );
  }

  /** Stores one share per role; returns how many were new (a role already shared is left as it was). */
  insert(manager: EntityManager, meetingId: string, roles: readonly MeetingAttendeeRole[], sharedOn: string, userId: string): Promise<number> {
    return sqlAffected(
      manager,
      `INSERT INTO meeting_record_shares (meeting_id, role, shared_on, shared_by_user_id)
       SELECT $1, role, $3, $4 FROM unnest($2::text[]) AS role ON CONFLICT (meeting_id, role) DO NOTHING`,
      [meetingId, [...roles], sharedOn, userId],
    );
  }

  /** The local authority of the meeting's chair. */
  async chairLocalAuthority(manager: EntityManager, meetingId: string): Promise<string | null> {
    const row = await sqlRow<{ local_authority_id: string }>(
      manager,
      `SELECT st.local_authority_id FROM meetings m JOIN la_staff st ON st.id = m.chair_staff_id WHERE m.id = $1`,
      [meetingId],
    );
    return row?.local_authority_id ?? null;
  }

  /** The LA's meetings held since `since`, with when their record was last shared and with how many roles. */
  heldSince(manager: EntityManager, localAuthorityId: string, since: string): Promise<HeldMeetingRow[]> {
    return sqlRows<HeldMeetingRow>(
      manager,
      `SELECT m.id AS meeting_id, m.child_id, c.given_name || ' ' || c.family_name AS child_name, to_char(m.held_on, 'YYYY-MM-DD') AS held_on,
              to_char(max(s.shared_on), 'YYYY-MM-DD') AS last_shared_on, count(s.id)::int AS roles_shared
         FROM meetings m JOIN children c ON c.id = m.child_id
         LEFT JOIN meeting_record_shares s ON s.meeting_id = m.id
        WHERE c.local_authority_id = $1 AND m.status IN ('HELD', 'COMPLETED') AND m.held_on >= $2
        GROUP BY m.id, c.id ORDER BY m.held_on ASC LIMIT 1000`,
      [localAuthorityId, since],
    );
  }
}
