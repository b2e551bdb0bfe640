import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRows } from '../../database/sql';
import { containsPattern } from '../assignments/child-search.query';

/** How many of the LA's children the officer's list shows at once. */
export const DATA_PROTECTION_LIST_LIMIT = 50;

export interface DataProtectionChildRow {
  id: string;
  given_name: string;
  family_name: string;
  la_child_ref: string;
  date_of_birth: string;
  date_of_death: string | null;
  hold_reason: string | null;
  hold_placed_on: string | null;
  hold_placed_by_name: string | null;
  total: number;
}

/**
 * The children of one LA a data protection officer looks up: each word of the search somewhere in the child's
 * names or LA reference, alphabetically, with what decides how long each record is kept.
 */
@Injectable()
export class DataProtectionRepository {
  children(manager: EntityManager, localAuthorityId: string, search: string): Promise<DataProtectionChildRow[]> {
    const words = search
      .split(/\s+/)
      .filter((w) => w !== '')
      .map(containsPattern);
    return sqlRows<DataProtectionChildRow>(
      manager,
      `SELECT c.id, c.given_name, c.family_name, c.la_child_ref, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
              to_char(d.date_of_death, 'YYYY-MM-DD') AS date_of_death,
              h.reason AS hold_reason, to_char(h.placed_on, 'YYYY-MM-DD') AS hold_placed_on, hu.display_name AS hold_placed_by_name,
              (count(*) OVER ())::int AS total
         FROM children c
         LEFT JOIN child_deaths d ON d.child_id = c.id
         LEFT JOIN record_holds h ON h.child_id = c.id AND h.lifted_at IS NULL
         LEFT JOIN users hu ON hu.id = h.placed_by_user_id
        WHERE c.local_authority_id = $1 AND c.disposed_at IS NULL
          AND (cardinality($2::text[]) = 0 OR concat_ws(' ', c.given_name, c.preferred_name, c.family_name, c.la_child_ref) ILIKE ALL ($2::text[]))
        ORDER BY lower(c.family_name), lower(c.given_name), c.id
        LIMIT ${DATA_PROTECTION_LIST_LIMIT}`,
      [localAuthorityId, words],
    );
  }

  async localAuthorityName(manager: EntityManager, localAuthorityId: string): Promise<string> {
    const row = await sqlRow<{ name: string }>(manager, `SELECT name FROM local_authorities WHERE id = $1`, [localAuthorityId]);
    return row?.name ?? '';
  }
}
