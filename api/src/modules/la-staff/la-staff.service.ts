import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import type { LaStaffMemberEntity } from './la-staff-member.entity';
import { LaStaffRepository } from './la-staff.repository';
import type { AddLaStaffMemberInput, LaStaffMemberType, UpdateLaStaffMemberInput } from './la-staff.types';

const bad = (message: string, field: string) => new DomainException('BAD_USER_INPUT', message, { field });

/**
 * LA staff as people records: an LA manager sees and adds their own LA's; an administrator any LA's, and edits and
 * deactivates them. Both add through `addTo`, so the rules (a manager is a team manager of the same LA) are one.
 */
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

  /** Any LA's staff, for an administrator. */
  async listOf(localAuthorityId: string): Promise<LaStaffMemberType[]> {
    if (!isUUID(localAuthorityId) || !(await this.dataSource.manager.existsBy(LocalAuthorityEntity, { id: localAuthorityId })))
      throw new DomainException('NOT_FOUND', 'No local authority with that id.', { field: 'localAuthorityId' });
    return this.staff.list(this.dataSource, localAuthorityId);
  }

  add(caller: Caller, input: AddLaStaffMemberInput, meta: RequestMeta): Promise<LaStaffMemberType> {
    return this.addTo(caller, this.laOf(caller), input, meta);
  }

  async addTo(caller: Caller, laId: string, input: AddLaStaffMemberInput, meta: RequestMeta): Promise<LaStaffMemberType> {
    const fullName = input.fullName.trim();
    if (fullName === '') throw bad('Enter the staff member’s full name.', 'fullName');
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(LocalAuthorityEntity, { id: laId })))
        throw new DomainException('NOT_FOUND', 'No local authority with that id.', { field: 'localAuthorityId' });
      await this.checkManager(manager, input.managerId ?? null, laId, null, caller.role);
      const saved = await this.staff.add(manager, {
        localAuthorityId: laId,
        fullName,
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
        details: { localAuthorityId: laId },
      });
      return saved.id;
    });
    return this.member(laId, id);
  }

  /**
   * An administrator's edit of a staff member (name, role, manager, experience, active), under the row's lock. A team
   * manager who still manages people stays one; the audit row names each field changed, from and to.
   */
  async update(caller: Caller, input: UpdateLaStaffMemberInput, meta: RequestMeta): Promise<LaStaffMemberType> {
    const fullName = input.fullName.trim();
    if (fullName === '') throw bad('Enter the staff member’s full name.', 'fullName');
    const laId = await this.dataSource.transaction(async (manager) => {
      const before = await this.staff.lock(manager, input.staffId);
      if (before === null) throw new DomainException('NOT_FOUND', 'No LA staff member with that id.', { field: 'staffId' });
      const managerId = input.managerId ?? null;
      await this.checkManager(manager, managerId, before.localAuthorityId, before.id, caller.role);
      if (before.role === 'TEAM_MANAGER' && input.role !== 'TEAM_MANAGER') {
        const managed = await this.staff.managedCount(manager, before.id);
        if (managed > 0) throw bad(`${before.fullName} manages ${managed} staff: give them another manager first.`, 'role');
      }
      const change = { fullName, role: input.role, managerId, experienced: input.experienced, active: input.active };
      const details = changes(before, change);
      if (Object.keys(details).length === 0) throw new DomainException('CONFLICT', `${before.fullName}'s record already says that.`);
      await this.staff.update(manager, before.id, change);
      await this.audit.record(manager, {
        actor: { userId: caller.userId, role: caller.role },
        action: input.active || !before.active ? 'la_staff.updated' : 'la_staff.deactivated',
        entity: 'la_staff',
        entityId: before.id,
        meta,
        details,
      });
      return before.localAuthorityId;
    });
    return this.member(laId, input.staffId);
  }

  private async checkManager(manager: EntityManager, managerId: string | null, laId: string, self: string | null, caller: Caller['role']): Promise<void> {
    if (managerId === null) return;
    if (managerId === self) throw bad('A staff member cannot be their own manager.', 'managerId');
    const boss = await this.staff.ofLa(manager, managerId, laId);
    if (boss === null || boss.role !== 'TEAM_MANAGER')
      throw bad(`The manager must be a team manager in ${self === null && caller === 'LA_MANAGER' ? 'your' : 'the same'} local authority.`, 'managerId');
  }

  private async member(laId: string, id: string): Promise<LaStaffMemberType> {
    const found = (await this.staff.list(this.dataSource, laId)).find((s) => s.id === id);
    if (found === undefined) throw new Error('staff member not found');
    return found;
  }
}

function changes(
  before: LaStaffMemberEntity,
  after: Pick<LaStaffMemberEntity, 'fullName' | 'role' | 'managerId' | 'experienced' | 'active'>,
): Record<string, string | boolean | null> {
  const details: Record<string, string | boolean | null> = {};
  for (const field of ['fullName', 'role', 'managerId', 'experienced', 'active'] as const) {
    if (before[field] === after[field]) continue;
    details[`${field}From`] = before[field];
    details[`${field}To`] = after[field];
  }
  return details;
}
