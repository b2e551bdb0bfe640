import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { DomainException, forbidden } from '../../common/exceptions/domain.exception';
import type { Caller } from '../../common/request/request-context';
import { ChildEntity } from './child.entity';
import { sqlRows } from '../../database/sql';
import { isUuid } from '../../common/validation/uuid';

/**
 * Record-level access to a child's case: an advocate only for children ever assigned to them,
 * an LA manager only for their own LA's children. Anyone else sees no case content. A child the
 * caller may not see is reported as not found, so ids cannot be probed.
 */
@Injectable()
export class ChildAccessService {
  async readable(manager: EntityManager, caller: Caller, childId: string): Promise<ChildEntity> {
    const child = await this.find(manager, childId);
    if (child !== null && (await this.canRead(manager, caller, child))) return child;
    throw notFound();
  }

  async canRead(manager: EntityManager, caller: Caller, child: Pick<ChildEntity, 'id' | 'localAuthorityId'>): Promise<boolean> {
    switch (caller.role) {
      case 'LA_MANAGER':
        return caller.localAuthorityId !== null && child.localAuthorityId === caller.localAuthorityId;
      case 'ADVOCATE':
        return (await this.ownChildIds(manager, caller, [child.id])).has(child.id);
      default:
        return false;
    }
  }

  /**
   * Of these children, the caller's own: those they are or were assigned to as their advocate
   * (the children an advocate may read). None for any other role.
   */
  async ownChildIds(manager: EntityManager, caller: Caller, childIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(childIds.filter((id) => isUuid(id)))];
    if (caller.role !== 'ADVOCATE' || ids.length === 0) return new Set();
    const rows = await sqlRows<{ child_id: string }>(
      manager,
      `SELECT DISTINCT a.child_id FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id WHERE a.child_id = ANY($1::uuid[]) AND adv.user_id = $2`,
      [ids, caller.userId],
    );
    return new Set(rows.map((r) => r.child_id));
  }

  /**
   * SQL condition on a children alias `c` for the children currently in the caller's working list:
   * an advocate's current caseload, or an LA manager's LA. Refuses any other role.
   */
  currentScope(caller: Caller): { where: string; param: string } {
    if (caller.role === 'ADVOCATE') {
      return {
        where: `c.disposed_at IS NULL AND EXISTS (SELECT 1 FROM assignments s JOIN advocates adv ON adv.id = s.advocate_id WHERE s.child_id = c.id AND s.ended_on IS NULL AND adv.user_id = $1)`,
        param: caller.userId,
      };
    }
    if (caller.role === 'LA_MANAGER' && caller.localAuthorityId !== null)
      return { where: 'c.disposed_at IS NULL AND c.local_authority_id = $1', param: caller.localAuthorityId };
    throw forbidden();
  }

  /** For the advocate's writes: they must be the child's current advocate. */
  async currentAdvocate(manager: EntityManager, caller: Caller, childId: string): Promise<void> {
    if (await this.isCurrentAdvocate(manager, caller, childId)) return;
    if (caller.role === 'ADVOCATE' && (await this.canRead(manager, caller, { id: childId, localAuthorityId: '' }))) {
      throw forbidden('Only the child’s current advocate can do that.');
    }
    throw notFound();
  }

  /** Whether the caller is the child's advocate now (not only once). */
  async isCurrentAdvocate(manager: EntityManager, caller: Caller, childId: string): Promise<boolean> {
    // A malformed id is nobody's child (and never reaches PostgreSQL as a uuid it cannot parse).
    if (caller.role !== 'ADVOCATE' || !isUuid(childId)) return false;
    const rows = await sqlRows<unknown>(
      manager,
      `SELECT 1 FROM assignments a JOIN advocates adv ON adv.id = a.advocate_id WHERE a.child_id = $1 AND a.ended_on IS NULL AND adv.user_id = $2`,
      [childId, caller.userId],
    );
    return rows.length > 0;
  }

  /** For writes by an LA manager: the child must belong to their LA. */
  async ownLaChild(manager: EntityManager, caller: Caller, childId: string): Promise<ChildEntity> {
    if (caller.role !== 'LA_MANAGER' || caller.localAuthorityId === null) throw forbidden();
    const child = await this.find(manager, childId);
    if (child === null || child.localAuthorityId !== caller.localAuthorityId) throw notFound();
    return child;
  }

  /**
   * For a data protection officer's work on a record (who has seen it, a copy of it, how long it is kept): the
   * child must belong to the officer's LA. This is not case access: `readable` still refuses the officer.
   */
  async dataProtectionChild(manager: EntityManager, caller: Caller, childId: string): Promise<ChildEntity> {
    if (caller.role !== 'DATA_PROTECTION_OFFICER' || caller.localAuthorityId === null) throw forbidden();
    const child = await this.find(manager, childId);
    if (child === null || child.localAuthorityId !== caller.localAuthorityId) throw notFound();
    return child;
  }

  private async find(manager: EntityManager, childId: string): Promise<ChildEntity | null> {
    if (!isUuid(childId)) return null;
    // A disposed record (record-disposal) is kept only, anonymised, for the published figures: no one finds it.
    return manager.findOneBy(ChildEntity, { id: childId, disposedAt: IsNull() });
  }
}

export function notFound(): DomainException {
  return new DomainException('NOT_FOUND', 'No child with that id is in your caseload or your local authority.');
}
