import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows, sqlRun } from '../../database/sql';

/** An alert as the fast path reads it, with the child's and the LA's names. */
export interface AlertRow {
  id: string;
  concern_id: string;
  child_id: string;
  child_name: string;
  local_authority_id: string;
  la_name: string;
  raised_at: Date;
  due_at: Date;
  contact_name: string | null;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  escalated_at: Date | null;
}

export interface ContactRow {
  local_authority_id: string;
  name: string;
  email: string;
  acknowledger_user_id: string;
  acknowledger_name: string;
  director_user_id: string | null;
  director_name: string | null;
}

/** A safeguarding alert the job has just marked as not acknowledged in time. */
export interface MissedAlertRow {
  id: string;
  concern_id: string;
  child_id: string;
  local_authority_id: string;
  due_at: Date;
}

/** Safeguarding alerts in a reporting year, for the annual report. */
export interface SafeguardingYearCounts {
  raised: number;
  acknowledged: number;
  acknowledgedOnTime: number;
  /** Median minutes from raising to acknowledgement, of those acknowledged; null when none were. */
  medianMinutesToAcknowledge: number | null;
}

/** An alert as the annual report counts it. */
export interface ReportAlertRow {
  la: string;
  raised_at: Date;
  due_at: Date;
  acknowledged_at: Date | null;
  escalated_at: Date | null;
}

const ALERT_SELECT = `SELECT a.id, a.concern_id, k.child_id, c.given_name || ' ' || c.family_name AS child_name, a.local_authority_id, la.name AS la_name,
    a.raised_at, a.due_at, a.contact_name, a.acknowledged_at, u.display_name AS acknowledged_by_name, a.escalated_at
  FROM safeguarding_alerts a JOIN concerns k ON k.id = a.concern_id JOIN children c ON c.id = k.child_id
  JOIN local_authorities la ON la.id = a.local_authority_id LEFT JOIN users u ON u.id = a.acknowledged_by_user_id`;

/** Owns: safeguarding_alerts, la_safeguarding_contacts. The alert's concern and timeline are the ConcernsRepository's. */
@Injectable()
export class SafeguardingRepository {
  async insertAlert(
    manager: EntityManager,
    alert: { concernId: string; localAuthorityId: string; raisedAt: Date; dueAt: Date; contactName: string | null },
  ): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO safeguarding_alerts (concern_id, local_authority_id, raised_at, due_at, contact_name) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [alert.concernId, alert.localAuthorityId, alert.raisedAt, alert.dueAt, alert.contactName],
    );
    return row?.id ?? '';
  }

  async alert(manager: EntityManager, alertId: string): Promise<AlertRow | undefined> {
    return sqlRow<AlertRow>(manager, `${ALERT_SELECT} WHERE a.id = $1`, [alertId]);
  }

  /** The LA's alerts not yet acknowledged, the earliest deadline first. */
  async waiting(manager: EntityManager, localAuthorityId: string): Promise<AlertRow[]> {
    return sqlRows<AlertRow>(manager, `${ALERT_SELECT} WHERE a.local_authority_id = $1 AND a.acknowledged_at IS NULL ORDER BY a.due_at LIMIT 200`, [
      localAuthorityId,
    ]);
  }

  /** Acknowledges the alert if nobody has yet; false when someone already did (the caller holds the concern's lock). */
  async acknowledge(manager: EntityManager, alertId: string, userId: string, at: Date): Promise<boolean> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `UPDATE safeguarding_alerts SET acknowledged_at = $3, acknowledged_by_user_id = $2 WHERE id = $1 AND acknowledged_at IS NULL RETURNING id`,
      [alertId, userId, at],
    );
    return row !== undefined;
  }

  /** Alerts past their deadline, unacknowledged and not yet escalated: candidates for the job (re-checked under lock). */
  async pastDeadline(manager: EntityManager, now: Date): Promise<Array<{ id: string; concern_id: string }>> {
    return sqlRows(manager, `SELECT id, concern_id FROM safeguarding_alerts WHERE acknowledged_at IS NULL AND escalated_at IS NULL AND due_at < $1 LIMIT 500`, [
      now,
    ]);
  }

  /** Marks the alert escalated if it still needs it; undefined when another run (or an acknowledgement) got there first. */
  async markEscalated(manager: EntityManager, alertId: string, now: Date): Promise<MissedAlertRow | undefined> {
    return sqlRow<MissedAlertRow>(
      manager,
      `UPDATE safeguarding_alerts a SET escalated_at = $2 FROM concerns k
        WHERE a.id = $1 AND k.id = a.concern_id AND a.acknowledged_at IS NULL AND a.escalated_at IS NULL AND a.due_at < $2
        RETURNING a.id, a.concern_id, k.child_id, a.local_authority_id, a.due_at`,
      [alertId, now],
    );
  }

  async contact(manager: EntityManager, localAuthorityId: string): Promise<ContactRow | undefined> {
    return sqlRow<ContactRow>(
      manager,
      `SELECT s.local_authority_id, s.name, s.email, s.acknowledger_user_id, a.display_name AS acknowledger_name, s.director_user_id, d.display_name AS director_name
         FROM la_safeguarding_contacts s JOIN users a ON a.id = s.acknowledger_user_id LEFT JOIN users d ON d.id = s.director_user_id
        WHERE s.local_authority_id = $1`,
      [localAuthorityId],
    );
  }

  async setContact(
    manager: EntityManager,
    contact: { localAuthorityId: string; name: string; email: string; acknowledgerUserId: string; directorUserId: string | null },
  ): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO la_safeguarding_contacts (local_authority_id, name, email, acknowledger_user_id, director_user_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (local_authority_id) DO UPDATE SET name = $2, email = $3, acknowledger_user_id = $4, director_user_id = $5, updated_at = now()`,
      [contact.localAuthorityId, contact.name, contact.email, contact.acknowledgerUserId, contact.directorUserId],
    );
  }

  /** Whether the user is an active LA manager of the LA. */
  async isManagerOf(manager: EntityManager, userId: string, localAuthorityId: string): Promise<boolean> {
    const row = await sqlRow<{ id: string }>(manager, `SELECT id FROM users WHERE id = $1 AND role = 'LA_MANAGER' AND local_authority_id = $2 AND active`, [
      userId,
      localAuthorityId,
    ]);
    return row !== undefined;
  }

  /** The LA's director's notification address, as a recipient. */
  async userRecipient(manager: EntityManager, userId: string): Promise<{ userId: string; role: string; email: string } | undefined> {
    return sqlRow(manager, `SELECT id AS "userId", role, email FROM users WHERE id = $1 AND active`, [userId]);
  }

  /** For the annual report, per LA: each alert raised from `from` to `to` (London dates), with its deadline, acknowledgement and escalation. */
  async reportAlerts(manager: EntityManager, from: string, to: string): Promise<ReportAlertRow[]> {
    return sqlRows<ReportAlertRow>(
      manager,
      `SELECT local_authority_id AS la, raised_at, due_at, acknowledged_at, escalated_at FROM safeguarding_alerts
        WHERE raised_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London' AND raised_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/London'`,
      [from, to],
    );
  }

  /**
   * The annual report's safeguarding figures for alerts raised in [from, to) (a reporting year's first day and the next
   * year's, London dates): how many were raised, acknowledged, acknowledged on time, and the median minutes to acknowledge.
   */
  async yearCounts(manager: EntityManager, from: string, to: string): Promise<SafeguardingYearCounts> {
    const row = await sqlRow<{ raised: string; acknowledged: string; on_time: string; median: number | null }>(
      manager,
      `SELECT count(*) AS raised, count(acknowledged_at) AS acknowledged, count(*) FILTER (WHERE acknowledged_at <= due_at) AS on_time,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - raised_at) / 60) FILTER (WHERE acknowledged_at IS NOT NULL) AS median
         FROM safeguarding_alerts
        WHERE raised_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/London' AND raised_at < ($2::date)::timestamp AT TIME ZONE 'Europe/London'`,
      [from, to],
    );
    return {
      raised: Number(row?.raised ?? 0),
      acknowledged: Number(row?.acknowledged ?? 0),
      acknowledgedOnTime: Number(row?.on_time ?? 0),
      medianMinutesToAcknowledge: row?.median === null || row?.median === undefined ? null : Math.round(Number(row.median)),
    };
  }
}
