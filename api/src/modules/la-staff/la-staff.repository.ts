import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Sql, sqlRow, sqlRows } from '../../database/sql';
import { LaStaffMemberEntity } from './la-staff-member.entity';
import type { LaStaffMemberType } from './la-staff.types';

interface StaffRow {
  id: string;
  full_name: string;
  role: LaStaffMemberType['role'];
  manager_name: string | null;
  manager_id: string | null;
  active: boolean;
  experienced: boolean;
  is_user: boolean;
}

interface IdRow {
  id: string;
}

/** The la_staff table: LA staff as people records. */
@Injectable()
export class LaStaffRepository {
  async list(sql: Sql, localAuthorityId: string): Promise<LaStaffMemberType[]> {
    const rows = await sqlRows<StaffRow>(
      sql,
      `SELECT s.id, s.full_name, s.role, m.full_name AS manager_name, s.manager_id, s.active, s.experienced, s.user_id IS NOT NULL AS is_user
         FROM la_staff s LEFT JOIN la_staff m ON m.id = s.manager_id
        WHERE s.local_authority_id = $1 ORDER BY s.role DESC, s.full_name`,
      [localAuthorityId],
    );
    return rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      role: r.role,
      managerName: r.manager_name,
      managerId: r.manager_id,
      active: r.active,
      experienced: r.experienced,
      isUser: r.is_user,
    }));
  }

  ofLa(manager: EntityManager, id: string, localAuthorityId: string): Promise<LaStaffMemberEntity | null> {
    return manager.findOneBy(LaStaffMemberEntity, { id, localAuthorityId });
  }

  /** Locks a staff member's row for an edit; null when there is none. */
  lock(manager: EntityManager, id: string): Promise<LaStaffMemberEntity | null> {
    return manager.findOne(LaStaffMemberEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** How many staff this person manages. */
  managedCount(manager: EntityManager, id: string): Promise<number> {
    return manager.countBy(LaStaffMemberEntity, { managerId: id });
  }

  async update(
    manager: EntityManager,
    id: string,
    change: Pick<LaStaffMemberEntity, 'fullName' | 'role' | 'managerId' | 'experienced' | 'active'>,
  ): Promise<void> {
    await manager.update(LaStaffMemberEntity, { id }, change);
  }

  add(
    manager: EntityManager,
    member: Pick<LaStaffMemberEntity, 'localAuthorityId' | 'fullName' | 'role' | 'managerId' | 'experienced' | 'userId'>,
  ): Promise<LaStaffMemberEntity> {
    return manager.save(manager.create(LaStaffMemberEntity, member));
  }

  /** The LA's staff record with this name, created (an experienced team manager) when there is none; returns its id. */
  async findOrCreateTeamManager(sql: Sql, localAuthorityId: string, fullName: string): Promise<string> {
    const found = await sqlRow<IdRow>(sql, `SELECT id FROM la_staff WHERE local_authority_id = $1 AND full_name = $2`, [localAuthorityId, fullName]);
    if (found !== undefined) return found.id;
    const created = await sqlRow<IdRow>(
      sql,
      `INSERT INTO la_staff (local_authority_id, full_name, role, experienced) VALUES ($1, $2, 'TEAM_MANAGER', true) RETURNING id`,
      [localAuthorityId, fullName],
    );
    return created?.id ?? '';
  }
}
