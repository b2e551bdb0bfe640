import { Injectable } from '@nestjs/common';
import type { MeetingAttendeeRole, MeetingVenueKind } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows, sqlRun } from '../../database/sql';

export interface LogisticsRow {
  start_time: string | null;
  length_minutes: number | null;
  venue_kind: MeetingVenueKind | null;
  venue_details: string | null;
  preferred_venue_kind: MeetingVenueKind | null;
  preferred_details: string | null;
  preferred_recorded_at: Date | null;
  papers_shared_on: string | null;
  invitations_first_sent_on: string | null;
  sequence: number;
}

export interface InvitationRow {
  id: string;
  role: MeetingAttendeeRole;
  name: string;
  email: string | null;
  sent_on: string | null;
}

/** A meeting held in the report's period: its LA, venue, when its invitations first went out, and whether the child attended. */
export interface AttendanceRow {
  la: string;
  venue_kind: MeetingVenueKind | null;
  first_sent_on: string | null;
  scheduled_on: string;
  attended: boolean;
}

export interface TimeAndPlace {
  startTime: string;
  lengthMinutes: number;
  venueKind: MeetingVenueKind;
  venueDetails: string;
}

const LOGISTICS = `SELECT start_time, length_minutes, venue_kind, venue_details, preferred_venue_kind, preferred_details, preferred_recorded_at,
                          to_char(papers_shared_on, 'YYYY-MM-DD') AS papers_shared_on,
                          to_char(invitations_first_sent_on, 'YYYY-MM-DD') AS invitations_first_sent_on, sequence
                     FROM meeting_logistics WHERE meeting_id = $1`;

/** The `meeting_logistics` and `meeting_invitations` tables: one logistics row per meeting, its invitations by role. */
@Injectable()
export class MeetingLogisticsRepository {
  find(manager: EntityManager, meetingId: string): Promise<LogisticsRow | undefined> {
    return sqlRow<LogisticsRow>(manager, LOGISTICS, [meetingId]);
  }

  /** Sets the time and place; the calendar sequence goes up when invitations went out before and the time or place changed. */
  async setTimeAndPlace(manager: EntityManager, meetingId: string, t: TimeAndPlace): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO meeting_logistics (meeting_id, start_time, length_minutes, venue_kind, venue_details) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (meeting_id) DO UPDATE SET start_time = $2, length_minutes = $3, venue_kind = $4, venue_details = $5, updated_at = now(),
         sequence = meeting_logistics.sequence + CASE WHEN meeting_logistics.invitations_first_sent_on IS NOT NULL
           AND (meeting_logistics.start_time, meeting_logistics.length_minutes, meeting_logistics.venue_kind, meeting_logistics.venue_details)
               IS DISTINCT FROM ($2::text, $3::int, $4::text, $5::text) THEN 1 ELSE 0 END`,
      [meetingId, t.startTime, t.lengthMinutes, t.venueKind, t.venueDetails],
    );
  }

  async setPreference(manager: EntityManager, meetingId: string, venueKind: MeetingVenueKind, details: string, at: Date): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO meeting_logistics (meeting_id, preferred_venue_kind, preferred_details, preferred_recorded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id) DO UPDATE SET preferred_venue_kind = $2, preferred_details = $3, preferred_recorded_at = $4, updated_at = now()`,
      [meetingId, venueKind, details, at],
    );
  }

  async setPapersShared(manager: EntityManager, meetingId: string, sharedOn: string): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO meeting_logistics (meeting_id, papers_shared_on) VALUES ($1, $2)
       ON CONFLICT (meeting_id) DO UPDATE SET papers_shared_on = $2, updated_at = now()`,
      [meetingId, sharedOn],
    );
  }

  invitations(manager: EntityManager, meetingId: string): Promise<InvitationRow[]> {
    return sqlRows<InvitationRow>(
      manager,
      `SELECT id, role, name, email, to_char(sent_on, 'YYYY-MM-DD') AS sent_on FROM meeting_invitations WHERE meeting_id = $1
        ORDER BY array_position(ARRAY['CHILD','PARENT','CARER','SOCIAL_WORKER','ADVOCATE','OTHER'], role), created_at, id`,
      [meetingId],
    );
  }

  async addInvitation(
    manager: EntityManager,
    meetingId: string,
    invitee: { role: MeetingAttendeeRole; name: string; email: string | null },
    userId: string,
  ): Promise<void> {
    await sqlRun(manager, `INSERT INTO meeting_invitations (meeting_id, role, name, email, added_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [
      meetingId,
      invitee.role,
      invitee.name,
      invitee.email,
      userId,
    ]);
  }

  /** Marks these invitations sent today with this calendar sequence, and the meeting's first sending day if it had none. */
  async markSent(manager: EntityManager, meetingId: string, ids: readonly string[], on: string, sequence: number): Promise<void> {
    await sqlRun(manager, `UPDATE meeting_invitations SET sent_on = COALESCE(sent_on, $2), sent_sequence = $3 WHERE id = ANY($1::uuid[])`, [ids, on, sequence]);
    await sqlRun(
      manager,
      `UPDATE meeting_logistics SET invitations_first_sent_on = COALESCE(invitations_first_sent_on, $2), updated_at = now() WHERE meeting_id = $1`,
      [meetingId, on],
    );
  }

  /** Invitations to send now: never sent, or sent with an older calendar sequence (the time or place changed since). */
  toSend(manager: EntityManager, meetingId: string, sequence: number): Promise<InvitationRow[]> {
    return sqlRows<InvitationRow>(
      manager,
      `SELECT id, role, name, email, to_char(sent_on, 'YYYY-MM-DD') AS sent_on FROM meeting_invitations
        WHERE meeting_id = $1 AND (sent_on IS NULL OR sent_sequence < $2) ORDER BY created_at, id`,
      [meetingId, sequence],
    );
  }

  /** Meetings held from `from` to `to` with a participation code; the child attended with PN1 to PN4 (PN0 is under 4, PN5-PN7 absent). */
  reportAttendance(manager: EntityManager, from: string, to: string): Promise<AttendanceRow[]> {
    return sqlRows<AttendanceRow>(
      manager,
      `SELECT c.local_authority_id AS la, l.venue_kind, to_char(l.invitations_first_sent_on, 'YYYY-MM-DD') AS first_sent_on,
              to_char(m.scheduled_on, 'YYYY-MM-DD') AS scheduled_on, m.participation_code IN ('PN1', 'PN2', 'PN3', 'PN4') AS attended
         FROM meetings m JOIN children c ON c.id = m.child_id LEFT JOIN meeting_logistics l ON l.meeting_id = m.id
        WHERE m.participation_code IS NOT NULL AND m.held_on BETWEEN $1::date AND $2::date`,
      [from, to],
    );
  }
}
