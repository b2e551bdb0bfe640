import { Injectable } from '@nestjs/common';
import type { DisposalRule } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlAffected, sqlRow, sqlRows } from '../../database/sql';
import { ChildrenRepository } from '../children/children.repository';
import { DISPOSAL_REGISTRY } from './disposal-registry';

/** What decides a record's disposal: its dates, any standing hold and any notice given. */
export interface DisposalCandidateRow {
  id: string;
  local_authority_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  date_of_death: string | null;
  legal_hold: boolean;
  hold_reason: string | null;
  notice_given_on: string | null;
  notice_retain_until: string | null;
}

export interface DisposalRow {
  id: string;
  child_id: string;
  rule: DisposalRule;
  notice_given_on: string;
  disposed_at: Date;
  counts: Record<string, { anonymised: number; deleted: number }>;
}

const CANDIDATE_SELECT = `
SELECT c.id, c.local_authority_id, c.given_name, c.family_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
       to_char(d.date_of_death, 'YYYY-MM-DD') AS date_of_death,
       h.id IS NOT NULL AS legal_hold, h.reason AS hold_reason,
       to_char(n.given_on, 'YYYY-MM-DD') AS notice_given_on, to_char(n.retain_until, 'YYYY-MM-DD') AS notice_retain_until
  FROM children c
  LEFT JOIN child_deaths d ON d.child_id = c.id
  LEFT JOIN record_holds h ON h.child_id = c.id AND h.lifted_at IS NULL
  LEFT JOIN record_disposal_notices n ON n.child_id = c.id`;

/**
 * The children whose record may be in its notice period by `$1` (today plus the notice period): a superset the
 * domain's rule then decides on (PostgreSQL's "75 years after" is never later than the domain's anniversary, and
 * any child with a date of death is included).
 */
const MAY_BE_DUE = `c.disposed_at IS NULL AND (c.date_of_birth + interval '75 years' <= $1::date OR d.child_id IS NOT NULL)`;

/** The `record_disposal_notices` and `record_disposals` tables, and the disposal of a record through the registry. */
@Injectable()
export class RecordDisposalRepository {
  constructor(private readonly children: ChildrenRepository) {}

  /** Children of every LA (or of `localAuthorityId`) that may be due for disposal by `horizon`, in id order. */
  candidates(sql: Sql, horizon: string, localAuthorityId: string | null = null): Promise<DisposalCandidateRow[]> {
    return sqlRows<DisposalCandidateRow>(
      sql,
      `${CANDIDATE_SELECT} WHERE ${MAY_BE_DUE} AND ($2::uuid IS NULL OR c.local_authority_id = $2) ORDER BY c.family_name, c.given_name, c.id`,
      [horizon, localAuthorityId],
    );
  }

  /** Locks one child's row for disposal, or undefined when it is disposed of already or another process holds it. */
  lockForDisposal(manager: EntityManager, childId: string): Promise<DisposalCandidateRow | undefined> {
    return sqlRow<DisposalCandidateRow>(
      manager,
      `WITH locked AS (SELECT id FROM children WHERE id = $1 AND disposed_at IS NULL FOR UPDATE SKIP LOCKED)
       ${CANDIDATE_SELECT} JOIN locked l ON l.id = c.id`,
      [childId],
    );
  }

  /** Gives notice for the retention date, once per date: true when this call gave it (a later date gives it afresh). */
  async giveNotice(manager: EntityManager, childId: string, retainUntil: string, rule: DisposalRule, on: string, at: Date): Promise<boolean> {
    const given = await sqlAffected(
      manager,
      `INSERT INTO record_disposal_notices (child_id, given_on, retain_until, rule, given_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (child_id) DO UPDATE SET given_on = EXCLUDED.given_on, retain_until = EXCLUDED.retain_until, rule = EXCLUDED.rule, given_at = EXCLUDED.given_at
        WHERE record_disposal_notices.retain_until <> EXCLUDED.retain_until`,
      [childId, on, retainUntil, rule, at],
    );
    return given > 0;
  }

  /** The dates of the child's meetings held, which the figures' age bands use. */
  async heldMeetingDates(manager: EntityManager, childId: string): Promise<string[]> {
    const rows = await sqlRows<{ held_on: string }>(
      manager,
      `SELECT to_char(held_on, 'YYYY-MM-DD') AS held_on FROM meetings WHERE child_id = $1 AND held_on IS NOT NULL ORDER BY held_on`,
      [childId],
    );
    return rows.map((r) => r.held_on);
  }

  /** Runs every step of the registry, then the append-only rows' function; the rows touched per table. */
  async disposeRows(manager: EntityManager, childId: string, dateOfBirth: string, at: Date): Promise<Record<string, { anonymised: number; deleted: number }>> {
    const counts: Record<string, { anonymised: number; deleted: number }> = {};
    for (const step of DISPOSAL_REGISTRY) {
      if (step.sql === undefined) continue;
      const n = await sqlAffected(manager, step.sql, [childId]);
      counts[step.table] = { anonymised: step.treatment === 'ANONYMISE' ? n : 0, deleted: step.treatment === 'DELETE' ? n : 0 };
    }
    await this.children.anonymiseDisposed(manager, childId, dateOfBirth, at);
    counts['children'] = { anonymised: 1, deleted: 0 };
    const appendOnly = await sqlRow<{ counts: { record_corrections: number; concern_events: number } }>(
      manager,
      `SELECT dispose_append_only_rows($1) AS counts`,
      [childId],
    );
    counts['record_corrections'] = { anonymised: 0, deleted: appendOnly?.counts.record_corrections ?? 0 };
    counts['concern_events'] = { anonymised: appendOnly?.counts.concern_events ?? 0, deleted: 0 };
    return counts;
  }

  async register(
    manager: EntityManager,
    entry: {
      childId: string;
      localAuthorityId: string;
      rule: DisposalRule;
      noticeGivenOn: string;
      at: Date;
      counts: Record<string, { anonymised: number; deleted: number }>;
    },
  ): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO record_disposals (child_id, local_authority_id, rule, notice_given_on, disposed_at, counts) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [entry.childId, entry.localAuthorityId, entry.rule, entry.noticeGivenOn, entry.at, JSON.stringify(entry.counts)],
    );
    if (row === undefined) throw new Error('The disposal register did not return the new row.');
    return row.id;
  }

  /** The register of one LA, newest first. */
  disposals(sql: Sql, localAuthorityId: string): Promise<DisposalRow[]> {
    return sqlRows<DisposalRow>(
      sql,
      `SELECT id, child_id, rule, to_char(notice_given_on, 'YYYY-MM-DD') AS notice_given_on, disposed_at, counts
         FROM record_disposals WHERE local_authority_id = $1 ORDER BY disposed_at DESC, id`,
      [localAuthorityId],
    );
  }
}
