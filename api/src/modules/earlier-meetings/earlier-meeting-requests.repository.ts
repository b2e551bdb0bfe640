import { Injectable } from '@nestjs/common';
import type { EarlierMeetingAnswer } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlAffected, sqlRow, sqlRows } from '../../database/sql';

export interface EarlierMeetingRequestRow {
  id: string;
  child_id: string;
  child_name: string;
  local_authority_id: string;
  requested_by_name: string;
  reason: string;
  requested_on: string;
  answer_due_by: string;
  answer_due_explanation: string;
  answer: EarlierMeetingAnswer | null;
  answered_on: string | null;
  meeting_on: string | null;
  answer_reasons: string | null;
  answered_by_name: string | null;
  concern_id: string | null;
}

export interface NewEarlierMeetingRequest {
  childId: string;
  requestedByUserId: string;
  reason: string;
  requestedOn: string;
  answerDueBy: string;
  answerDueExplanation: string;
}

export interface EarlierMeetingAnswerDraft {
  answer: EarlierMeetingAnswer;
  answeredOn: string;
  meetingOn: string | null;
  reasons: string | null;
  answeredByUserId: string;
}

const SELECT = `SELECT r.id, r.child_id, c.given_name || ' ' || c.family_name AS child_name, c.local_authority_id,
                       ru.display_name AS requested_by_name, r.reason,
                       to_char(r.requested_on, 'YYYY-MM-DD') AS requested_on, to_char(r.answer_due_by, 'YYYY-MM-DD') AS answer_due_by,
                       r.answer_due_explanation, r.answer, to_char(r.answered_on, 'YYYY-MM-DD') AS answered_on,
                       to_char(r.meeting_on, 'YYYY-MM-DD') AS meeting_on, r.answer_reasons, au.display_name AS answered_by_name, r.concern_id
                  FROM earlier_meeting_requests r
                  JOIN children c ON c.id = r.child_id
                  JOIN users ru ON ru.id = r.requested_by_user_id
             LEFT JOIN users au ON au.id = r.answered_by_user_id`;

/** The `earlier_meeting_requests` table: one open request per child (a partial unique index), answered once. */
@Injectable()
export class EarlierMeetingRequestsRepository {
  /** Stores the request; null when the child already has an open one (the index decides between parallel requests). */
  async insert(manager: EntityManager, request: NewEarlierMeetingRequest): Promise<string | null> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO earlier_meeting_requests (child_id, requested_by_user_id, reason, requested_on, answer_due_by, answer_due_explanation)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (child_id) WHERE answer IS NULL DO NOTHING RETURNING id`,
      [request.childId, request.requestedByUserId, request.reason, request.requestedOn, request.answerDueBy, request.answerDueExplanation],
    );
    return row?.id ?? null;
  }

  find(manager: EntityManager, id: string, lock = false): Promise<EarlierMeetingRequestRow | undefined> {
    return sqlRow<EarlierMeetingRequestRow>(manager, `${SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id]);
  }

  ofChild(manager: EntityManager, childId: string): Promise<EarlierMeetingRequestRow[]> {
    return sqlRows<EarlierMeetingRequestRow>(manager, `${SELECT} WHERE r.child_id = $1 ORDER BY r.requested_on DESC, r.created_at DESC LIMIT 50`, [childId]);
  }

  /** The LA's open requests (oldest due first), then its answered ones from the last 90 days. */
  ofLocalAuthority(manager: EntityManager, localAuthorityId: string): Promise<EarlierMeetingRequestRow[]> {
    return sqlRows<EarlierMeetingRequestRow>(
      manager,
      `${SELECT} WHERE c.local_authority_id = $1 AND (r.answer IS NULL OR r.answered_on >= CURRENT_DATE - 90)
        ORDER BY (r.answer IS NULL) DESC, r.answer_due_by ASC, r.created_at ASC LIMIT 200`,
      [localAuthorityId],
    );
  }

  /** Answers an open request; false when it was answered already. */
  async answer(manager: EntityManager, id: string, draft: EarlierMeetingAnswerDraft): Promise<boolean> {
    const affected = await sqlAffected(
      manager,
      `UPDATE earlier_meeting_requests SET answer = $2, answered_on = $3, meeting_on = $4, answer_reasons = $5, answered_by_user_id = $6
        WHERE id = $1 AND answer IS NULL`,
      [id, draft.answer, draft.answeredOn, draft.meetingOn, draft.reasons, draft.answeredByUserId],
    );
    return affected === 1;
  }

  /** Links the concern raised from the request; false when one was linked already. */
  async linkConcern(manager: EntityManager, id: string, concernId: string): Promise<boolean> {
    const affected = await sqlAffected(manager, `UPDATE earlier_meeting_requests SET concern_id = $2 WHERE id = $1 AND concern_id IS NULL AND answer IS NULL`, [
      id,
      concernId,
    ]);
    return affected === 1;
  }
}
