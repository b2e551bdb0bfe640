import { Injectable } from '@nestjs/common';
import { auditPurpose, ROLES, type Role } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { RequestMeta } from '../../common/request/request-context';
import { sqlRun } from '../../database/sql';

export interface AuditActor {
  userId: string;
  role: Role;
}

export type AuditOutcome = 'ALLOWED' | 'REFUSED';

export interface AuditEntry {
  actor: AuditActor | null;
  /** What happened, e.g. `auth.login`, `child.read`. */
  action: string;
  /** The kind of record, e.g. `user`, `child`. */
  entity: string;
  entityId: string | null;
  meta: RequestMeta;
  /** Every child whose record this event showed or changed; a `child` entity is listed by itself when omitted. */
  childIds?: readonly string[];
  outcome?: AuditOutcome;
  details?: Record<string, string | number | boolean | null>;
}

const COLUMNS = 'actor_user_id, actor_role, action, outcome, entity, entity_id, child_ids, operation, purpose, request_id, client_address, details';

/**
 * Writes the append-only audit trail (`audit_log`, partitioned by month): one row per access event,
 * listing the children it showed. Always pass the EntityManager of the transaction that makes the
 * change or read, so the audit row and what it records commit or roll back together. The runtime
 * database role may only INSERT here; nobody can change or remove a row.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordAll(manager, [entry]);
  }

  /** Several events of one change in one statement (one round trip), in the order given. */
  async recordAll(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const width = 12;
    const rows = entries.map((_, i) => {
      const p = (n: number) => `$${i * width + n}`;
      return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::uuid[], ${p(8)}, ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)})`;
    });
    await sqlRun(manager, `INSERT INTO audit_log (${COLUMNS}) VALUES ${rows.join(', ')}`, entries.flatMap(values));
  }

  /** One allowed read or write of one child's record by the caller. */
  childEvent(manager: EntityManager, caller: AuditActor, childId: string, action: string, meta: RequestMeta, details: AuditEntry['details']): Promise<void> {
    return this.record(manager, { actor: { userId: caller.userId, role: caller.role }, action, entity: 'child', entityId: childId, meta, details });
  }

  /**
   * The audit row for the children a query shows, as a data-modifying CTE over `source` (a CTE with an
   * `id` column): the list is read and its reading audited in one statement, which commits or fails
   * as one. One row lists every child shown; an empty list writes nothing. Parameters are numbered
   * from `firstParam`.
   */
  childReadsOf(source: string, actor: AuditActor, meta: RequestMeta, action: string, firstParam: number): { sql: string; params: unknown[] } {
    const [user, role, act, operation, purpose, request, address] = [0, 1, 2, 3, 4, 5, 6].map((i) => `$${firstParam + i}`);
    return {
      sql: `INSERT INTO audit_log (${COLUMNS})
            SELECT ${user}::uuid, ${role}, ${act}, 'ALLOWED', 'child', CASE WHEN count(*) = 1 THEN min(id::text) END, array_agg(id),
                   ${operation}, ${purpose}, ${request}, ${address}, NULL
              FROM (SELECT DISTINCT id FROM ${source}) AS shown HAVING count(*) > 0`,
      params: [actor.userId, actor.role, action, meta.operation ?? null, auditPurpose(actor.role, action), meta.requestId, meta.clientAddress],
    };
  }

  /** One audit row listing every child whose data a list or read showed to the caller. */
  async childReads(
    manager: EntityManager,
    actor: AuditActor,
    meta: RequestMeta,
    childIds: readonly string[],
    action: string,
    details?: AuditEntry['details'],
  ): Promise<void> {
    const shown = [...new Set(childIds)];
    if (shown.length === 0) return;
    await this.record(manager, { actor, action, entity: 'child', entityId: shown.length === 1 ? (shown[0] ?? null) : null, childIds: shown, meta, details });
  }

  /**
   * One `ssda903.children_imported` row for an import batch, listing (in CHILD order) the LA's children with these references whose
   * data the batch wrote; none, no row. The children are looked up in the same statement that writes the row.
   */
  async childrenImported(manager: EntityManager, entry: ImportedChildrenEntry): Promise<void> {
    if (entry.refs.length === 0) return;
    const role = ROLES.find((r) => r === entry.actor.role) ?? null;
    await sqlRun(
      manager,
      `INSERT INTO audit_log (actor_user_id, actor_role, action, entity, entity_id, child_ids, operation, purpose, request_id, client_address, details)
       SELECT $1, $2, 'ssda903.children_imported', 'ssda903_import', $5, array_agg(c.id ORDER BY c.la_child_ref), 'POST /api/imports/ssda903', $8, $3, $4,
              jsonb_build_object('children', count(*))
         FROM children c WHERE c.local_authority_id = $7 AND c.la_child_ref = ANY($6::text[]) HAVING count(*) > 0`,
      [
        entry.actor.userId,
        entry.actor.role,
        entry.requestId,
        entry.clientAddress,
        entry.importId,
        entry.refs,
        entry.localAuthorityId,
        auditPurpose(role, 'ssda903.children_imported'),
      ],
    );
  }
}

/** Who imported which children, for `AuditService.childrenImported`. */
export interface ImportedChildrenEntry {
  actor: { userId: string; role: string };
  importId: string;
  localAuthorityId: string;
  refs: readonly string[];
  requestId: string | null;
  clientAddress: string | null;
}

/** An entry's column values, in COLUMNS order. */
function values(entry: AuditEntry): unknown[] {
  const childIds = entry.childIds ?? (entry.entity === 'child' && entry.entityId !== null ? [entry.entityId] : []);
  return [
    entry.actor?.userId ?? null,
    entry.actor?.role ?? null,
    entry.action,
    entry.outcome ?? 'ALLOWED',
    entry.entity,
    entry.entityId,
    [...new Set(childIds)],
    entry.meta.operation ?? null,
    auditPurpose(entry.actor?.role ?? null, entry.action),
    entry.meta.requestId,
    entry.meta.clientAddress,
    entry.details === undefined ? null : JSON.stringify(entry.details),
  ];
}
