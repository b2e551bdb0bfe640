import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRows } from '../../database/sql';
import type { AdvocacyProviderType } from './dto/create-advocate.input';
import { AdvocateEntity } from './advocate.entity';

interface ProviderRow {
  id: string;
  name: string;
  las: string[] | null;
}

/** The advocates table: advocates join, and their caseload cap changes, only here. */
@Injectable()
export class AdvocatesRepository {
  create(
    manager: EntityManager,
    advocate: Omit<AdvocateEntity, 'id' | 'user' | 'provider' | 'employingLocalAuthority' | 'activeCaseload' | 'createdAt'>,
  ): Promise<AdvocateEntity> {
    return manager.save(manager.create(AdvocateEntity, advocate));
  }

  async setCaseloadCap(manager: EntityManager, advocateId: string, caseloadCap: number): Promise<void> {
    await manager.update(AdvocateEntity, { id: advocateId }, { caseloadCap });
  }

  /** Every advocacy provider, by name, with the names of the LAs it covers. */
  async providers(sql: Sql): Promise<AdvocacyProviderType[]> {
    const rows = await sqlRows<ProviderRow>(
      sql,
      `SELECT p.id, p.name, array_remove(array_agg(la.name ORDER BY la.name), NULL) AS las
         FROM advocacy_providers p LEFT JOIN provider_coverage pc ON pc.advocacy_provider_id = p.id
         LEFT JOIN local_authorities la ON la.id = pc.local_authority_id
        GROUP BY p.id, p.name ORDER BY p.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, coveredLocalAuthorities: r.las ?? [] }));
  }
}
