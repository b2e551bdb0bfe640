import { Injectable } from '@nestjs/common';
import { addDays, groupRecordAccesses, londonInstant, RECORD_ACCESS_HISTORY_LIMIT, recordAccessPeriod, ROLES, type RecordAccessEvent } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { AuditService } from '../audit/audit.service';
import { ChildAccessService } from '../children/child-access.service';
import type { ChildEntity } from '../children/child.entity';
import type { RecordAccessHistoryInput } from './dto/record-access-history.input';
import type { RecordAccessHistoryType } from './dto/record-access-history.types';
import { RecordAccessHistoryRepository, type RecordAccessRow } from './record-access-history.repository';

/**
 * "Who has seen my record": from the audit trail, everyone who viewed or changed a child's record, grouped so the
 * child can follow it. The child's current advocate reads it (to show the child), and so does the data protection
 * officer of the child's LA; reading it is itself audited, in the same transaction.
 */
@Injectable()
export class RecordAccessHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly repository: RecordAccessHistoryRepository,
  ) {}

  async read(caller: Caller, input: RecordAccessHistoryInput, meta: RequestMeta): Promise<RecordAccessHistoryType> {
    const period = recordAccessPeriod(this.clock.today(), input.fromOn ?? null, input.toOn ?? null);
    if (!period.ok) throw new DomainException('BAD_USER_INPUT', period.message, { field: period.field });
    return this.dataSource.transaction(async (manager) => {
      const child = await this.reader(manager, caller, input.childId);
      const from = londonInstant(period.from, '00:00');
      const until = londonInstant(addDays(period.to, 1), '00:00');
      const rows = await this.repository.eventsOf(manager, child.id, from, until, RECORD_ACCESS_HISTORY_LIMIT + 1);
      const shown = rows.slice(0, RECORD_ACCESS_HISTORY_LIMIT);
      await this.audit.childEvent(manager, caller, child.id, 'record_access_history.read', meta, {
        fromOn: period.from,
        toOn: period.to,
        events: shown.length,
      });
      const grouped = groupRecordAccesses(shown.map(eventOf), period);
      return {
        childId: child.id,
        childGivenName: child.givenName,
        fromOn: period.from,
        toOn: period.to,
        overview: grouped.overview,
        total: shown.length,
        truncated: rows.length > RECORD_ACCESS_HISTORY_LIMIT,
        organisations: grouped.organisations,
      };
    });
  }

  /** The one access check: the child's current advocate, or the DPO of the child's LA (anyone else: NOT_FOUND). */
  private async reader(manager: EntityManager, caller: Caller, childId: string): Promise<ChildEntity> {
    if (caller.role === 'DATA_PROTECTION_OFFICER') return this.access.dataProtectionChild(manager, caller, childId);
    const child = await this.access.readable(manager, caller, childId);
    await this.access.currentAdvocate(manager, caller, child.id);
    return child;
  }
}

function eventOf(row: RecordAccessRow): RecordAccessEvent {
  return {
    at: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorName: row.actor_name,
    actorRole: ROLES.find((role) => role === row.actor_role) ?? null,
    organisationName: row.organisation_name,
    action: row.action,
    operation: row.operation,
    refused: row.outcome === 'REFUSED',
    purpose: row.purpose,
  };
}
