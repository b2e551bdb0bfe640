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
import { UsersRepository } from '../users/users.repository';
import { AdvocatesRepository } from './advocates.repository';
import type { AdvocacyProviderType, CreateAdvocateInput } from './dto/create-advocate.input';

@Injectable()
export class AdvocatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly engine: AssignmentEngine,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
    private readonly advocates: AdvocatesRepository,
  ) {}

  async providers(): Promise<AdvocacyProviderType[]> {
    return this.advocates.providers(this.dataSource);
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
      const user = await this.users.create(manager, {
        email,
        displayName: input.displayName.trim(),
        role: 'ADVOCATE',
        passwordHash,
        localAuthorityId: null,
        advocacyProviderId: input.advocacyProviderId,
      });
      const advocate = await this.advocates.create(manager, {
        userId: user.id,
        advocacyProviderId: input.advocacyProviderId,
        employingLocalAuthorityId: null,
        caseloadCap: input.caseloadCap ?? 40,
        languages: (input.languages ?? ['English']).map((l) => l.trim()).filter((l) => l.length > 0),
        contactPhone: input.contactPhone?.trim() || null,
        active: true,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'advocate.created',
        entity: 'advocate',
        entityId: advocate.id,
        meta,
      });
      await this.engine.drainQueue(manager, this.clock.today());
      return advocate.id;
    });
  }
}
