import { Injectable } from '@nestjs/common';
import type { FamilyMemberRole, FamilyViewVisibility } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';

export interface FamilyViewRow {
  id: string;
  who: FamilyMemberRole;
  name: string;
  relationship: string;
  views: string;
  visibility: FamilyViewVisibility;
  recorded_by_user_id: string;
  recorded_by_name: string;
  recorded_at: Date;
}

export interface FamilyViewDraft {
  meetingId: string;
  who: FamilyMemberRole;
  name: string;
  relationship: string;
  views: string;
  visibility: FamilyViewVisibility;
  recordedByUserId: string;
}

/** The `meeting_family_views` table: parents' and carers' views for a meeting, apart from the child's (`child_views`). */
@Injectable()
export class FamilyViewsRepository {
  ofMeeting(manager: EntityManager, meetingId: string): Promise<FamilyViewRow[]> {
    return sqlRows<FamilyViewRow>(
      manager,
      `SELECT v.id, v.who, v.name, v.relationship, v.views, v.visibility, v.recorded_by_user_id, u.display_name AS recorded_by_name, v.recorded_at
         FROM meeting_family_views v JOIN users u ON u.id = v.recorded_by_user_id
        WHERE v.meeting_id = $1 ORDER BY v.recorded_at, v.id`,
      [meetingId],
    );
  }

  async insert(manager: EntityManager, draft: FamilyViewDraft): Promise<string> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO meeting_family_views (meeting_id, who, name, relationship, views, visibility, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [draft.meetingId, draft.who, draft.name, draft.relationship, draft.views, draft.visibility, draft.recordedByUserId],
    );
    if (row === undefined) throw new Error('The view was not stored.');
    return row.id;
  }
}
