import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { LaStaffRepository } from './la-staff.repository';
import type { AddLaStaffMemberInput, LaStaffMemberType } from './la-staff.types';

/** LA staff as people records, visible and editable only by managers of the same LA. */
@Injectable()
export class LaStaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly staff: LaStaffRepository,
  ) {}

  private laOf(caller: Caller): string {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    return caller.localAuthorityId;
  }

  async list(caller: Caller): Promise<LaStaffMemberType[]> {
    return this.staff.list(this.dataSource, this.laOf(caller));
  }

  async add(caller: Caller, input: AddLaStaffMemberInput, meta: RequestMeta): Promise<LaStaffMemberType> {
    const laId = this.laOf(caller);
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.managerId != null) {
        const boss = await this.staff.ofLa(manager, input.managerId, laId);
        if (boss === null || boss.role !== 'TEAM_MANAGER') {
          throw new DomainException('BAD_USER_INPUT', 'managerId must be a team manager in your local authority.', { field: 'managerId' });
        }
      }
      const saved = await this.staff.add(manager, {
        localAuthorityId: laId,
        fullName: input.fullName.trim(),
        role: input.role,
        managerId: input.managerId ?? null,
        experienced: input.experienced,
        userId: null,
      });
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: 'la_staff.added',
        entity: 'la_staff',
        entityId: saved.id,
        meta,
      });
      return saved.id;
    });
    const found = (await this.list(caller)).find((s) => s.id === id);
    if (found === undefined) throw new Error('added staff member not found');
    return found;
  }
}
