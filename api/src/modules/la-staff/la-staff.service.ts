import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { LaStaffMemberEntity } from './la-staff-member.entity';
import type { AddLaStaffMemberInput, LaStaffMemberType } from './la-staff.types';

/** LA staff as people records, visible and editable only by managers of the same LA. */
@Injectable()
export class LaStaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private laOf(caller: Caller): string {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    return caller.localAuthorityId;
  }

  async list(caller: Caller): Promise<LaStaffMemberType[]> {
    const rows: Array<{ id: string; full_name: string; role: LaStaffMemberType['role']; manager_name: string | null; experienced: boolean; is_user: boolean }> =
      await this.dataSource.query(
        `SELECT s.id, s.full_name, s.role, m.full_name AS manager_name, s.experienced, s.user_id IS NOT NULL AS is_user
           FROM la_staff s LEFT JOIN la_staff m ON m.id = s.manager_id
          WHERE s.local_authority_id = $1 ORDER BY s.role DESC, s.full_name`,
        [this.laOf(caller)],
      );
    return rows.map((r) => ({ id: r.id, fullName: r.full_name, role: r.role, managerName: r.manager_name, experienced: r.experienced, isUser: r.is_user }));
  }

  async add(caller: Caller, input: AddLaStaffMemberInput, meta: RequestMeta): Promise<LaStaffMemberType> {
    const laId = this.laOf(caller);
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.managerId != null) {
        const boss = await manager.findOneBy(LaStaffMemberEntity, { id: input.managerId, localAuthorityId: laId });
        if (boss === null || boss.role !== 'TEAM_MANAGER') {
          throw new DomainException('BAD_USER_INPUT', 'managerId must be a team manager in your local authority.', { field: 'managerId' });
        }
      }
      const saved = await manager.save(
        manager.create(LaStaffMemberEntity, { localAuthorityId: laId, fullName: input.fullName.trim(), role: input.role, managerId: input.managerId ?? null, experienced: input.experienced, userId: null }),
      );
      await this.audit.record(manager, { actor: { userId: caller.userId, role: caller.role }, action: 'la_staff.added', entity: 'la_staff', entityId: saved.id, meta });
      return saved.id;
    });
    const found = (await this.list(caller)).find((s) => s.id === id);
    if (found === undefined) throw new Error('added staff member not found');
    return found;
  }
}
