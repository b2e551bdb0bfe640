import { Injectable } from '@nestjs/common';
import type { CorrectableItemKind, CorrectionKind, Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows } from '../../database/sql';

export interface CorrectionRow {
  id: string;
  child_id: string;
  item_kind: CorrectableItemKind;
  item_id: string;
  kind: CorrectionKind;
  text: string;
  recorded_by_name: string;
  recorded_by_role: Role;
  recorded_at: Date;
  child_name: string;
}

/** Whose a recorded item is, and whether the child's LA may see it. */
export interface ItemOwnerRow {
  child_id: string;
  la_visible: boolean;
}

const SELECT = `SELECT rc.id, rc.child_id, rc.item_kind, rc.item_id, rc.kind, rc.text, u.display_name AS recorded_by_name,
                       rc.recorded_by_role, rc.recorded_at, coalesce(c.preferred_name, c.given_name) AS child_name
                  FROM record_corrections rc JOIN users u ON u.id = rc.recorded_by_user_id JOIN children c ON c.id = rc.child_id`;

/**
 * One lookup per kind of item: whose child the item is, and whether the LA sees it (a view only while shared;
 * a contact is the advocate's record). Read-only here: each table is still written only by its own feature.
 */
const OWNER_OF: Readonly<Record<CorrectableItemKind, string>> = {
  CHILD_DETAILS: `SELECT id AS child_id, true AS la_visible FROM children WHERE id = $1`,
  MEETING_DECISION: `SELECT m.child_id, true AS la_visible FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = $1`,
  MEETING_ACTION: `SELECT child_id, true AS la_visible FROM meeting_actions WHERE id = $1`,
  CHILD_VIEW: `SELECT m.child_id, (v.shareable AND v.sharing_withdrawn_at IS NULL) AS la_visible
                 FROM child_views v JOIN meetings m ON m.id = v.meeting_id WHERE v.id = $1`,
  CONTACT: `SELECT child_id, false AS la_visible FROM child_contacts WHERE id = $1`,
};

/** The `record_corrections` table: append-only corrections and disagreements beside recorded items. */
@Injectable()
export class RecordCorrectionsRepository {
  ownerOf(manager: EntityManager, itemKind: CorrectableItemKind, itemId: string): Promise<ItemOwnerRow | undefined> {
    return sqlRow<ItemOwnerRow>(manager, OWNER_OF[itemKind], [itemId]);
  }

  async insert(
    manager: EntityManager,
    row: { childId: string; itemKind: CorrectableItemKind; itemId: string; kind: CorrectionKind; text: string; userId: string; role: Role; at: Date },
  ): Promise<CorrectionRow> {
    const inserted = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO record_corrections (child_id, item_kind, item_id, kind, text, recorded_by_user_id, recorded_by_role, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [row.childId, row.itemKind, row.itemId, row.kind, row.text, row.userId, row.role, row.at],
    );
    const stored = await sqlRow<CorrectionRow>(manager, `${SELECT} WHERE rc.id = $1`, [inserted?.id]);
    if (stored === undefined) throw new Error('The correction just stored could not be read back.');
    return stored;
  }

  /** A child's corrections, oldest first, leaving out contacts and views the caller may not see. */
  ofChild(manager: EntityManager, childId: string, scope: { contacts: boolean; unsharedViews: boolean }): Promise<CorrectionRow[]> {
    return sqlRows<CorrectionRow>(
      manager,
      `${SELECT}
        WHERE rc.child_id = $1 AND ($2 OR rc.item_kind <> 'CONTACT')
          AND ($3 OR rc.item_kind <> 'CHILD_VIEW'
               OR EXISTS (SELECT 1 FROM child_views v WHERE v.id = rc.item_id AND v.shareable AND v.sharing_withdrawn_at IS NULL))
        ORDER BY rc.recorded_at, rc.id`,
      [childId, scope.contacts, scope.unsharedViews],
    );
  }

  /** The corrections of these items (all of one request's lists in one statement), oldest first. */
  ofItems(sql: Sql, itemIds: readonly string[]): Promise<CorrectionRow[]> {
    return sqlRows<CorrectionRow>(sql, `${SELECT} WHERE rc.item_id = ANY($1::uuid[]) ORDER BY rc.recorded_at, rc.id`, [itemIds]);
  }
}
