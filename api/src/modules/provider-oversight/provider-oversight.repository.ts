import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRows } from '../../database/sql';

export interface ProviderAdvocateRow {
  id: string;
  display_name: string;
  caseload_cap: number;
  active_caseload: number;
  active: boolean;
}

export interface ProviderChildRow {
  child_id: string;
  given_name: string;
  family_name: string;
  la_id: string;
  la_code: string;
  la_name: string;
  advocate_id: string;
  offer_due_on: string | null;
  offer_outcome: 'ACCEPTED' | 'OPTED_OUT' | 'NON_INSTRUCTED' | null;
}

/** Reads for a provider manager's oversight: one provider's advocates and the children they currently represent. */
@Injectable()
export class ProviderOversightRepository {
  async providerName(manager: EntityManager, providerId: string): Promise<string | undefined> {
    const rows = await sqlRows<{ name: string }>(manager, `SELECT name FROM advocacy_providers WHERE id = $1`, [providerId]);
    return rows[0]?.name;
  }

  advocates(manager: EntityManager, providerId: string): Promise<ProviderAdvocateRow[]> {
    return sqlRows<ProviderAdvocateRow>(
      manager,
      `SELECT a.id, u.display_name, a.caseload_cap, a.active_caseload, a.active
         FROM advocates a JOIN users u ON u.id = a.user_id
        WHERE a.advocacy_provider_id = $1
        ORDER BY (a.active_caseload::float / GREATEST(a.caseload_cap, 1)) DESC, u.display_name, a.id`,
      [providerId],
    );
  }

  /** Each child an advocate of the provider currently represents, with the active offer of that assignment. */
  children(manager: EntityManager, providerId: string): Promise<ProviderChildRow[]> {
    return sqlRows<ProviderChildRow>(
      manager,
      `SELECT c.id AS child_id, c.given_name, c.family_name, la.id AS la_id, la.code AS la_code, la.name AS la_name, a.advocate_id,
              to_char(o.due_on, 'YYYY-MM-DD') AS offer_due_on, o.outcome AS offer_outcome
         FROM assignments a
         JOIN advocates adv ON adv.id = a.advocate_id
         JOIN children c ON c.id = a.child_id
         JOIN local_authorities la ON la.id = c.local_authority_id
         LEFT JOIN LATERAL (
           SELECT due_on, outcome FROM offers o WHERE o.assignment_id = a.id AND o.closed_on IS NULL ORDER BY o.created_at DESC LIMIT 1
         ) o ON true
        WHERE a.ended_on IS NULL AND adv.advocacy_provider_id = $1
        ORDER BY c.family_name, c.given_name, c.id`,
      [providerId],
    );
  }
}
