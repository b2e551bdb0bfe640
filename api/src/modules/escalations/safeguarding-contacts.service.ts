import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { inTransaction } from '../../database/transactions';
import { sqlRow } from '../../database/sql';
import { AuditService } from '../audit/audit.service';
import type { SafeguardingContactInput, SafeguardingContactType } from './dto/safeguarding.types';
import { type ContactRow, SafeguardingRepository } from './safeguarding.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Administrators name each LA's safeguarding contact; every change is one audit row, as other organisation edits are. */
@Injectable()
export class SafeguardingContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SafeguardingRepository,
    private readonly audit: AuditService,
  ) {}

  async contact(caller: Caller, localAuthorityId: string, meta: RequestMeta): Promise<SafeguardingContactType | null> {
    return inTransaction(this.dataSource, async (manager) => {
      await this.mustExist(manager, localAuthorityId);
      const row = await this.repository.contact(manager, localAuthorityId);
      await this.record(manager, caller, 'organisation.view_safeguarding_contact', localAuthorityId, meta);
      return row === undefined ? null : toType(row);
    });
  }

  async set(caller: Caller, input: SafeguardingContactInput, meta: RequestMeta): Promise<SafeguardingContactType> {
    const name = input.name.trim();
    const email = input.email.trim();
    if (name.length === 0) throw new DomainException('BAD_USER_INPUT', 'Enter the safeguarding contact’s name.', { field: 'name' });
    return inTransaction(this.dataSource, async (manager) => {
      await this.mustExist(manager, input.localAuthorityId);
      if (!(await this.repository.isManagerOf(manager, input.acknowledgerUserId, input.localAuthorityId)))
        throw new DomainException('BAD_USER_INPUT', 'Choose a manager of this local authority to acknowledge alerts.', { field: 'acknowledgerUserId' });
      const directorUserId = input.directorUserId ?? null;
      if (directorUserId !== null && !(await this.repository.isManagerOf(manager, directorUserId, input.localAuthorityId)))
        throw new DomainException('BAD_USER_INPUT', 'Choose a manager of this local authority as its director.', { field: 'directorUserId' });
      await this.repository.setContact(manager, {
        localAuthorityId: input.localAuthorityId,
        name,
        email,
        acknowledgerUserId: input.acknowledgerUserId,
        directorUserId,
      });
      await this.record(manager, caller, 'organisation.set_safeguarding_contact', input.localAuthorityId, meta, {
        acknowledgerUserId: input.acknowledgerUserId,
        directorUserId,
      });
      const row = await this.repository.contact(manager, input.localAuthorityId);
      if (row === undefined) throw new DomainException('NOT_FOUND', 'No local authority with that id.');
      return toType(row);
    });
  }

  private async mustExist(manager: EntityManager, localAuthorityId: string): Promise<void> {
    const found = UUID.test(localAuthorityId) ? await sqlRow(manager, `SELECT id FROM local_authorities WHERE id = $1`, [localAuthorityId]) : undefined;
    if (found === undefined) throw new DomainException('NOT_FOUND', 'No local authority with that id.');
  }

  private record(
    manager: EntityManager,
    caller: Caller,
    action: string,
    localAuthorityId: string,
    meta: RequestMeta,
    details?: Record<string, string | null>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actor: { userId: caller.userId, role: caller.role },
      action,
      entity: 'local_authority',
      entityId: localAuthorityId,
      meta,
      details,
    });
  }
}

function toType(row: ContactRow): SafeguardingContactType {
  return {
    localAuthorityId: row.local_authority_id,
    name: row.name,
    email: row.email,
    acknowledgerUserId: row.acknowledger_user_id,
    acknowledgerName: row.acknowledger_name,
    directorUserId: row.director_user_id,
    directorName: row.director_name,
  };
}
