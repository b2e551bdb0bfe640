import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestMeta } from '../../common/request/request-context';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditActor {
  userId: string;
  role: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  /** What happened, e.g. `auth.login`, `child.read`. */
  action: string;
  /** The kind of record, e.g. `user`, `child`. */
  entity: string;
  entityId: string | null;
  meta: RequestMeta;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Writes the append-only audit trail. Always pass the EntityManager of the transaction that
 * makes the change, so the audit row and the change commit or roll back together.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorUserId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      requestId: entry.meta.requestId,
      clientAddress: entry.meta.clientAddress,
      details: entry.details ?? null,
    });
  }

  /**
   * The audit rows for children a query shows, as a data-modifying CTE over `source` (a CTE with an `id`
   * column): the list is read and its reads audited in one statement, which commits or fails as one.
   * Its parameters are numbered from `firstParam`.
   */
  childReadsOf(source: string, actor: AuditActor, meta: RequestMeta, action: string, firstParam: number): { sql: string; params: unknown[] } {
    const [user, role, act, request, address] = [0, 1, 2, 3, 4].map((i) => `$${firstParam + i}`);
    return {
      sql: `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, request_id, client_address)
            SELECT ${user}::uuid, ${role}, ${act}, 'child', id::text, ${request}, ${address} FROM (SELECT DISTINCT id FROM ${source}) AS shown`,
      params: [actor.userId, actor.role, action, meta.requestId, meta.clientAddress],
    };
  }

  /** One audit row per child whose data a list or read showed to the caller, in one statement. */
  async childReads(manager: EntityManager, actor: AuditActor, meta: RequestMeta, childIds: readonly string[], action: string): Promise<void> {
    if (childIds.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, request_id, client_address)
       SELECT $1, $2, $3, 'child', id::text, $4, $5 FROM unnest($6::uuid[]) AS id`,
      [actor.userId, actor.role, action, meta.requestId, meta.clientAddress, [...new Set(childIds)]],
    );
  }
}
