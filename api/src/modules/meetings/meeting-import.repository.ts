import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';

interface RecordedRow {
  child_id: string;
}

/** Past reviews brought in by an import, one per (child, date), as completed meetings with the same chair and place. */
export interface ImportedReviews {
  place: string;
  chairStaffId: string;
  scheduledByUserId: string;
  childIds: string[];
  heldOn: string[];
  participation: string[];
  /** Skip a review whose meeting (child, date, place) is already recorded: false only for children created by this import. */
  skipRecorded: boolean;
}

/** The meetings table's bulk write for the SSDA903 import (meetings owns the table; the import calls this). */
@Injectable()
export class MeetingImportRepository {
  /** Inserts the reviews as COMPLETED meetings; returns one row per meeting recorded. */
  recordReviews(manager: EntityManager, reviews: ImportedReviews): Promise<RecordedRow[]> {
    return sqlRows<RecordedRow>(
      manager,
      `INSERT INTO meetings (child_id, scheduled_on, place, chair_staff_id, status, held_on, participation_code, scheduled_by_user_id)
       SELECT v.child_id, v.held_on, $1, $2, 'COMPLETED', v.held_on, v.code, $3
         FROM unnest($4::uuid[], $5::date[], $6::text[]) AS v(child_id, held_on, code)
        ${reviews.skipRecorded ? 'WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.child_id = v.child_id AND m.held_on = v.held_on AND m.place = $1)' : ''}
       RETURNING child_id`,
      [reviews.place, reviews.chairStaffId, reviews.scheduledByUserId, reviews.childIds, reviews.heldOn, reviews.participation],
    );
  }
}
