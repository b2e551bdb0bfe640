import { Injectable } from '@nestjs/common';
import { type Sql, sqlAffected, sqlRow, sqlRows, sqlRun } from '../../database/sql';

export interface LocalAuthorityRow {
  id: string;
  code: string;
  name: string;
}

export interface ProviderRow {
  id: string;
  name: string;
}

/** The LAs, providers and coverage tables: organisations are created, renamed and their coverage changed only here. */
@Injectable()
export class OrganisationsRepository {
  localAuthorities(sql: Sql): Promise<LocalAuthorityRow[]> {
    return sqlRows<LocalAuthorityRow>(sql, `SELECT id, code, name FROM local_authorities ORDER BY name, code`);
  }

  localAuthority(sql: Sql, id: string): Promise<LocalAuthorityRow | undefined> {
    return sqlRow<LocalAuthorityRow>(sql, `SELECT id, code, name FROM local_authorities WHERE id = $1`, [id]);
  }

  /** The LA with this code, if any (codes are unique). */
  localAuthorityWithCode(sql: Sql, code: string): Promise<LocalAuthorityRow | undefined> {
    return sqlRow<LocalAuthorityRow>(sql, `SELECT id, code, name FROM local_authorities WHERE code = $1`, [code]);
  }

  async createLocalAuthority(sql: Sql, code: string, name: string): Promise<LocalAuthorityRow> {
    const row = await sqlRow<LocalAuthorityRow>(sql, `INSERT INTO local_authorities (code, name) VALUES ($1, $2) RETURNING id, code, name`, [code, name]);
    if (row === undefined) throw new Error('insert returned no row');
    return row;
  }

  /** Locks the LA's row for a change; undefined when there is none. */
  lockLocalAuthority(sql: Sql, id: string): Promise<LocalAuthorityRow | undefined> {
    return sqlRow<LocalAuthorityRow>(sql, `SELECT id, code, name FROM local_authorities WHERE id = $1 FOR UPDATE`, [id]);
  }

  async renameLocalAuthority(sql: Sql, id: string, name: string): Promise<void> {
    await sqlRun(sql, `UPDATE local_authorities SET name = $2 WHERE id = $1`, [id, name]);
  }

  providerWithName(sql: Sql, name: string): Promise<ProviderRow | undefined> {
    return sqlRow<ProviderRow>(sql, `SELECT id, name FROM advocacy_providers WHERE lower(name) = lower($1)`, [name]);
  }

  async createProvider(sql: Sql, name: string): Promise<ProviderRow> {
    const row = await sqlRow<ProviderRow>(sql, `INSERT INTO advocacy_providers (name) VALUES ($1) RETURNING id, name`, [name]);
    if (row === undefined) throw new Error('insert returned no row');
    return row;
  }

  /** Locks the provider's row, so its renames and coverage changes take turns; undefined when there is none. */
  lockProvider(sql: Sql, id: string): Promise<ProviderRow | undefined> {
    return sqlRow<ProviderRow>(sql, `SELECT id, name FROM advocacy_providers WHERE id = $1 FOR UPDATE`, [id]);
  }

  async renameProvider(sql: Sql, id: string, name: string): Promise<void> {
    await sqlRun(sql, `UPDATE advocacy_providers SET name = $2 WHERE id = $1`, [id, name]);
  }

  async coverage(sql: Sql, providerId: string): Promise<string[]> {
    const rows = await sqlRows<{ id: string }>(sql, `SELECT local_authority_id AS id FROM provider_coverage WHERE advocacy_provider_id = $1`, [providerId]);
    return rows.map((r) => r.id);
  }

  /** Children each given LA has with an open assignment to one of the provider's advocates (LAs with none are left out). */
  childrenRepresented(sql: Sql, providerId: string, localAuthorityIds: readonly string[]): Promise<Array<{ la: string; children: number }>> {
    return sqlRows<{ la: string; children: number }>(
      sql,
      `SELECT c.local_authority_id AS la, count(*)::int AS children
         FROM assignments a JOIN advocates ad ON ad.id = a.advocate_id JOIN children c ON c.id = a.child_id
        WHERE a.ended_on IS NULL AND ad.advocacy_provider_id = $1 AND c.local_authority_id = ANY($2::uuid[])
        GROUP BY c.local_authority_id`,
      [providerId, localAuthorityIds],
    );
  }

  async addCoverage(sql: Sql, providerId: string, localAuthorityIds: readonly string[]): Promise<number> {
    if (localAuthorityIds.length === 0) return 0;
    return sqlAffected(sql, `INSERT INTO provider_coverage (advocacy_provider_id, local_authority_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      providerId,
      localAuthorityIds,
    ]);
  }

  async removeCoverage(sql: Sql, providerId: string, localAuthorityIds: readonly string[]): Promise<number> {
    if (localAuthorityIds.length === 0) return 0;
    return sqlAffected(sql, `DELETE FROM provider_coverage WHERE advocacy_provider_id = $1 AND local_authority_id = ANY($2::uuid[])`, [
      providerId,
      localAuthorityIds,
    ]);
  }
}
