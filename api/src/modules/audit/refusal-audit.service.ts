import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from './audit.service';
import type { RefusedTarget } from './refused-target';
import { sqlRows } from '../../database/sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records whose child can be found from their id, so a refused attempt on them shows on that child's record too. */
const CHILD_OF: Readonly<Record<string, string>> = {
  meeting: 'SELECT child_id FROM meetings WHERE id = $1',
  concern: 'SELECT child_id FROM concerns WHERE id = $1',
  subject_access_export: 'SELECT child_id FROM subject_access_exports WHERE id = $1',
};

/** Writes the audit row of a refused attempt (FORBIDDEN or NOT_FOUND) in its own statement, after the request's transaction rolled back. */
@Injectable()
export class RefusalAudit {
  private readonly logger = new Logger('RefusalAudit');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  static isRefusal(exception: DomainException): boolean {
    return exception.code === 'FORBIDDEN' || exception.code === 'NOT_FOUND';
  }

  async record(exception: DomainException, caller: Caller | null, meta: RequestMeta, target: RefusedTarget): Promise<void> {
    try {
      const childIds = [...target.childIds, ...(await this.childOf(target))];
      await this.audit.record(this.dataSource.manager, {
        actor: caller === null ? null : { userId: caller.userId, role: caller.role },
        action: 'access.refused',
        outcome: 'REFUSED',
        entity: target.entity,
        entityId: target.entityId,
        childIds,
        meta,
        details: { code: exception.code, reason: exception.message, ...target.ids },
      });
    } catch (error) {
      // The refusal still reaches the caller; a failed audit write is an operational alarm, never a silent success.
      this.logger.error({ err: error }, 'Could not audit a refused request');
    }
  }

  private async childOf(target: RefusedTarget): Promise<string[]> {
    const sql = CHILD_OF[target.entity];
    if (sql === undefined || target.entityId === null || !UUID.test(target.entityId)) return [];
    const rows = await sqlRows<{ child_id: string }>(this.dataSource, sql, [target.entityId]);
    return rows.map((r) => r.child_id);
  }
}
