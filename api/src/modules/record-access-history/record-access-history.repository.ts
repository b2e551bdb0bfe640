import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';

export interface RecordAccessRow {
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  organisation_name: string | null;
  action: string;
  outcome: 'ALLOWED' | 'REFUSED';
  purpose: string | null;
  operation: string | null;
}

/**
 * Reads (never writes) `audit_log` for one child: the GIN index on `child_ids` finds the child's events and the
 * range on `occurred_at` keeps the scan to the months' partitions asked for. The actor's organisation is their
 * LA (a manager) or advocacy provider (an advocate or provider manager).
 */
@Injectable()
export class RecordAccessHistoryRepository {
  /** The child's events from `from` (included) to `until` (excluded), newest first, at most `limit`. */
  eventsOf(manager: EntityManager, childId: string, from: Date, until: Date, limit: number): Promise<RecordAccessRow[]> {
    return sqlRows<RecordAccessRow>(
      manager,
      `SELECT a.occurred_at, a.actor_user_id, a.actor_role, u.display_name AS actor_name,
              CASE WHEN a.actor_role IN ('LA_MANAGER', 'DATA_PROTECTION_OFFICER') THEN la.name WHEN a.actor_role IN ('ADVOCATE', 'PROVIDER_MANAGER') THEN p.name END AS organisation_name,
              a.action, a.outcome, a.purpose, a.operation
         FROM audit_log a
         LEFT JOIN users u ON u.id = a.actor_user_id
         LEFT JOIN local_authorities la ON la.id = u.local_authority_id
         LEFT JOIN advocacy_providers p ON p.id = u.advocacy_provider_id
        WHERE a.child_ids @> ARRAY[$1::uuid] AND a.occurred_at >= $2 AND a.occurred_at < $3
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT $4`,
      [childId, from, until, limit],
    );
  }
}
