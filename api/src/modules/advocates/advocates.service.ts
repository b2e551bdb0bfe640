import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { AssignmentEngine } from '../assignments/assignment-engine.service';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../auth/password.service';
import { AdvocacyProviderEntity } from '../organisations/advocacy-provider.entity';
import { UserEntity } from '../users/user.entity';
import { AdvocateEntity } from './advocate.entity';
import type { AdvocacyProviderType, CreateAdvocateInput } from './dto/create-advocate.input';

@Injectable()
export class AdvocatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly engine: AssignmentEngine,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async providers(): Promise<AdvocacyProviderType[]> {
    const rows: Array<{ id: string; name: string; las: string[] | null }> = await this.dataSource.query(
      `SELECT p.id, p.name, array_remove(array_agg(la.name ORDER BY la.name), NULL) AS las
         FROM advocacy_providers p LEFT JOIN provider_coverage pc ON pc.advocacy_provider_id = p.id
         LEFT JOIN local_authorities la ON la.id = pc.local_authority_id
        GROUP BY p.id, p.name ORDER BY p.name`,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, coveredLocalAuthorities: r.las ?? [] }));
  }

  /** A new advocate joins: their free places go straight to waiting children. Returns the advocate id. */
  async create(caller: Caller, input: CreateAdvocateInput, meta: RequestMeta): Promise<string> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.temporaryPassword);
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(AdvocacyProviderEntity, { id: input.advocacyProviderId }))) {
        throw new DomainException('NOT_FOUND', 'No advocacy provider with that id.', { field: 'advocacyProviderId' });
      }
      if (await manager.existsBy(UserEntity, { email })) {
        throw new DomainException('CONFLICT', `There is already a user with the email ${email}.`, { field: 'email' });
      }
      const user = await manager.save(
        manager.create(UserEntity, { email, displayName: input.displayName.trim(), role: 'ADVOCATE', passwordHash, localAuthorityId: null, advocacyProviderId: input.advocacyProviderId }),
      );
      const advocate = await manager.save(
        manager.create(AdvocateEntity, {
          userId: user.id,
          advocacyProviderId: input.advocacyProviderId,
          employingLocalAuthorityId: null,
          caseloadCap: input.caseloadCap ?? 40,
          languages: (input.languages ?? ['English']).map((l) => l.trim()).filter((l) => l.length > 0),
          contactPhone: input.contactPhone?.trim() || null,
          active: true,
        }),
      );
      await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action: 'advocate.created', entity: 'advocate', entityId: advocate.id, meta });
      await this.engine.drainQueue(manager, this.clock.today());
      return advocate.id;
    });
  }
}
