import { Injectable } from '@nestjs/common';
import type { ConcernStage, ConcernStatus, Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';
import type { EvidenceItem } from './concern-event.entity';
import type { EventDraft } from './concern-events';
import { ConcernEntity } from './concern.entity';
import type { ConcernSummaryType } from './dto/concern.type';

/** A concern as its lists show it, with the child's and the LA's names. */
export interface SummaryRow {
  id: string;
  child_id: string;
  child_name: string;
  la_name: string;
  stage: ConcernStage;
  status: ConcernSummaryType['status'];
  themes: string[];
  what_is_wrong: string;
  raised_on: string;
  stage_entered_on: string;
  stage_deadline: string | null;
  responded_at_stage: boolean;
  information_due_on: string | null;
  triaged: boolean;
  updated_at: Date;
}

/** A step in a concern's history, with the name of who took it. */
export interface EventRow {
  id: string;
  sequence: number;
  kind: string;
  stage: ConcernStage;
  actor_name: string | null;
  actor_role: string | null;
  at: Date;
  asked: string | null;
  answer: string | null;
  evidence: EvidenceItem[];
  details: Record<string, unknown>;
  audience: string[];
}

/** A concern the overdue check has just marked as past its deadline, with the key it was marked for. */
export interface MissedRow {
  id: string;
  child_id: string;
  local_authority_id: string;
  stage: ConcernStage;
  status: ConcernStatus;
  reached_commissioner_on: string | null;
  overdue_notified_key: string;
}

/** A home-visit recommendation a concern would be raised from, and whether one already was. */
export interface RecommendationUseRow {
  child_id: string | null;
  status: string;
  used: boolean;
}

/** A new concern, as raised. */
export type ConcernDraft = Omit<ConcernEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

const SUMMARY_SELECT = `SELECT k.id, k.child_id, c.given_name || ' ' || c.family_name AS child_name, la.name AS la_name, k.stage, k.status, k.themes,
    k.what_is_wrong, to_char(k.raised_on, 'YYYY-MM-DD') AS raised_on, to_char(k.stage_entered_on, 'YYYY-MM-DD') AS stage_entered_on,
    to_char(k.stage_deadline, 'YYYY-MM-DD') AS stage_deadline, k.responded_at_stage, to_char(k.information_due_on, 'YYYY-MM-DD') AS information_due_on,
    k.triaged, k.updated_at
  FROM concerns k JOIN children c ON c.id = k.child_id JOIN local_authorities la ON la.id = k.local_authority_id`;

/**
 * Owns: concerns, concern_events. Reads the home-visit recommendation a concern comes from (its lock is taken
 * by home visits) and the child's current advocates (who receive a concern's live updates).
 */
@Injectable()
export class ConcernsRepository {
  /** The concern; with `lock`, its row is locked for the rest of the transaction. */
  async find(manager: EntityManager, concernId: string, lock: boolean): Promise<ConcernEntity | null> {
    return manager.findOne(ConcernEntity, { where: { id: concernId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Inserts the concern and reads it back as stored. */
  async insert(manager: EntityManager, draft: ConcernDraft): Promise<ConcernEntity> {
    const inserted = await manager.insert(ConcernEntity, draft);
    const concernId = (inserted.identifiers[0] as { id: string }).id;
    return manager.findOneByOrFail(ConcernEntity, { id: concernId });
  }

  async save(manager: EntityManager, concern: ConcernEntity): Promise<void> {
    await manager.save(concern);
  }

  /** Appends a step; the caller holds the concern's row lock, so sequence numbers never collide. Returns its sequence. */
  async appendEvent(
    manager: EntityManager,
    concernId: string,
    stage: ConcernStage,
    actor: { userId: string; role: string } | null,
    draft: EventDraft,
    defaultAudience: readonly Role[],
  ): Promise<number> {
    const evidence: EvidenceItem[] = (draft.evidence ?? []).map((e) => ({ text: e.text.trim(), url: e.url ?? null }));
    const row = await sqlRow<{ sequence: number }>(
      manager,
      `INSERT INTO concern_events (concern_id, sequence, kind, stage, actor_user_id, actor_role, asked, answer, evidence, details, audience)
       SELECT $1, COALESCE(MAX(sequence), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM concern_events WHERE concern_id = $1
       RETURNING sequence`,
      [
        concernId,
        draft.kind,
        stage,
        actor?.userId ?? null,
        actor?.role ?? 'SYSTEM',
        draft.asked ?? null,
        draft.answer ?? null,
        JSON.stringify(evidence),
        JSON.stringify(draft.details ?? {}),
        [...(draft.audience ?? defaultAudience)],
      ],
    );
    return row?.sequence ?? 0;
  }

  /**
   * Marks open concerns whose LA deadline (for the stage, or for information asked for) passed before `today` and
   * were not marked for it yet; the UPDATE takes each row's lock and re-checks the key. Returns those it marked.
   */
  async markOverdue(manager: EntityManager, today: string): Promise<MissedRow[]> {
    return sqlRows<MissedRow>(
      manager,
      `UPDATE concerns SET overdue_notified_key = CASE WHEN information_due_on IS NOT NULL AND information_due_on < $1
              THEN 'INFO:' || to_char(information_due_on, 'YYYY-MM-DD') ELSE stage || ':' || to_char(stage_deadline, 'YYYY-MM-DD') END
          WHERE status = 'OPEN' AND (
             (stage_deadline < $1 AND NOT responded_at_stage AND overdue_notified_key IS DISTINCT FROM stage || ':' || to_char(stage_deadline, 'YYYY-MM-DD'))
          OR (information_due_on < $1 AND overdue_notified_key IS DISTINCT FROM 'INFO:' || to_char(information_due_on, 'YYYY-MM-DD')))
        RETURNING id, child_id, local_authority_id, stage, status, to_char(reached_commissioner_on, 'YYYY-MM-DD') AS reached_commissioner_on, overdue_notified_key`,
      [today],
    );
  }

  /** Concerns matching a condition on `concerns k` (or `children c`): open ones first, nearest deadline first, at most 500. */
  async summaries(manager: EntityManager, where: string, params: unknown[]): Promise<SummaryRow[]> {
    return sqlRows<SummaryRow>(
      manager,
      `${SUMMARY_SELECT} ${where} ORDER BY (k.status = 'OPEN') DESC, COALESCE(k.information_due_on, k.stage_deadline) NULLS LAST, k.updated_at DESC LIMIT 500`,
      params,
    );
  }

  async summary(manager: EntityManager, concernId: string): Promise<SummaryRow | undefined> {
    return sqlRow<SummaryRow>(manager, `${SUMMARY_SELECT} WHERE k.id = $1`, [concernId]);
  }

  /** The concern's steps this role may read, in order. */
  async timeline(manager: EntityManager, concernId: string, role: string): Promise<EventRow[]> {
    return sqlRows<EventRow>(
      manager,
      `SELECT e.id, e.sequence, e.kind, e.stage, u.display_name AS actor_name, e.actor_role, e.at, e.asked, e.answer, e.evidence, e.details, e.audience
         FROM concern_events e LEFT JOIN users u ON u.id = e.actor_user_id
        WHERE e.concern_id = $1 AND $2 = ANY(e.audience) ORDER BY e.sequence`,
      [concernId, role],
    );
  }

  /** Whether a concern has already been raised about this action. */
  async raisedFromAction(manager: EntityManager, actionId: string): Promise<boolean> {
    return (await sqlRow<{ id: string }>(manager, `SELECT id FROM concerns WHERE from_action_id = $1`, [actionId])) !== undefined;
  }

  /** The recommendation's child and status, and whether a concern has already been raised about it. */
  async recommendationUse(manager: EntityManager, recommendationId: string): Promise<RecommendationUseRow | undefined> {
    return sqlRow<RecommendationUseRow>(
      manager,
      `SELECT r.child_id, r.status, EXISTS (SELECT 1 FROM concerns k WHERE k.from_recommendation_id = r.id) AS used FROM home_recommendations r WHERE r.id = $1`,
      [recommendationId],
    );
  }

  /** The child's name, as in-app notifications about their concern say it (emails never do). */
  async childName(manager: EntityManager, childId: string): Promise<string> {
    const row = await sqlRow<{ name: string }>(manager, `SELECT given_name || ' ' || family_name AS name FROM children WHERE id = $1`, [childId]);
    return row?.name ?? 'A child';
  }

  /** The users of the child's current advocates. */
  async currentAdvocateUserIds(manager: EntityManager, childId: string): Promise<string[]> {
    const rows = await sqlRows<{ user_id: string }>(
      manager,
      `SELECT adv.user_id FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = $1 AND s.ended_on IS NULL`,
      [childId],
    );
    return rows.map((a) => a.user_id);
  }
}
