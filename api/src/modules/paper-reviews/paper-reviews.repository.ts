import type { PaperReviewConsultee } from '@heard/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows, sqlRun } from '../../database/sql';

export interface PaperReviewRow {
  id: string;
  due_on: string;
  signed_off_on: string | null;
  chair_name: string | null;
}

export interface ConsultationRow {
  who: PaperReviewConsultee;
  consulted_on: string;
  summary: string;
  recorded_by_name: string;
}

/** The `paper_reviews` and `paper_review_consultations` tables: one paper review per child per yearly meeting it follows. */
@Injectable()
export class PaperReviewsRepository {
  find(manager: EntityManager, childId: string, afterMeetingOn: string): Promise<PaperReviewRow | undefined> {
    return sqlRow<PaperReviewRow>(
      manager,
      `SELECT p.id, to_char(p.due_on, 'YYYY-MM-DD') AS due_on, to_char(p.signed_off_on, 'YYYY-MM-DD') AS signed_off_on, s.full_name AS chair_name
         FROM paper_reviews p LEFT JOIN la_staff s ON s.id = p.chair_staff_id
        WHERE p.child_id = $1 AND p.after_meeting_on = $2`,
      [childId, afterMeetingOn],
    );
  }

  /** The paper review after this meeting (made if missing), locked so parallel consultations and sign-offs take turns. */
  async lock(manager: EntityManager, childId: string, afterMeetingOn: string, dueOn: string): Promise<PaperReviewRow> {
    await sqlRun(
      manager,
      `INSERT INTO paper_reviews (child_id, after_meeting_on, due_on) VALUES ($1, $2, $3) ON CONFLICT (child_id, after_meeting_on) DO NOTHING`,
      [childId, afterMeetingOn, dueOn],
    );
    await sqlRun(manager, `SELECT 1 FROM paper_reviews WHERE child_id = $1 AND after_meeting_on = $2 FOR UPDATE`, [childId, afterMeetingOn]);
    const row = await this.find(manager, childId, afterMeetingOn);
    if (row === undefined) throw new Error('paper review vanished under its lock');
    return row;
  }

  consultations(manager: EntityManager, paperReviewId: string): Promise<ConsultationRow[]> {
    return sqlRows<ConsultationRow>(
      manager,
      `SELECT k.who, to_char(k.consulted_on, 'YYYY-MM-DD') AS consulted_on, k.summary, u.display_name AS recorded_by_name
         FROM paper_review_consultations k JOIN users u ON u.id = k.recorded_by_user_id
        WHERE k.paper_review_id = $1
        ORDER BY array_position(ARRAY['CHILD', 'CARER', 'SOCIAL_WORKER'], k.who)`,
      [paperReviewId],
    );
  }

  /** Records (or, before sign-off, corrects) the consultation with `who`. */
  async consult(manager: EntityManager, paperReviewId: string, who: PaperReviewConsultee, on: string, summary: string, userId: string): Promise<void> {
    await sqlRun(
      manager,
      `INSERT INTO paper_review_consultations (paper_review_id, who, consulted_on, summary, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (paper_review_id, who) DO UPDATE SET consulted_on = EXCLUDED.consulted_on, summary = EXCLUDED.summary,
              recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = now()`,
      [paperReviewId, who, on, summary, userId],
    );
  }

  async signOff(manager: EntityManager, paperReviewId: string, on: string, chairStaffId: string, userId: string): Promise<void> {
    await sqlRun(manager, `UPDATE paper_reviews SET signed_off_on = $2, chair_staff_id = $3, signed_off_by_user_id = $4 WHERE id = $1`, [
      paperReviewId,
      on,
      chairStaffId,
      userId,
    ]);
  }
}
