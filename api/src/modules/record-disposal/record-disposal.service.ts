import { Inject, Injectable } from '@nestjs/common';
import { addDays, disposableFrom, disposalSentence, disposalStatus } from '@heard/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/exceptions/domain.exception';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { disposalFacts } from './disposal-facts';
import type { RecordDisposalType, RecordDueForDisposalType } from './dto/record-disposal.types';
import { RecordDisposalRepository } from './record-disposal.repository';

/**
 * What the data-protection pages show of disposal, for the caller's own LA only: the records due (in their notice
 * period or past their date, with any hold) and the register of those disposed of. Both reads are audited.
 */
@Injectable()
export class RecordDisposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecordDisposalRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async due(caller: Caller, meta: RequestMeta): Promise<RecordDueForDisposalType[]> {
    const la = ownLa(caller);
    const today = this.clock.today();
    const days = this.config.recordDisposalNoticeDays;
    return this.dataSource.transaction(async (manager) => {
      const due: RecordDueForDisposalType[] = [];
      for (const row of await this.repository.candidates(manager, addDays(today, days), la)) {
        const facts = disposalFacts(row);
        const status = disposalStatus(facts, today, days);
        if (status === 'NOT_DUE') continue;
        const from = disposableFrom(facts.retainUntil, facts.noticeGivenOn, days);
        due.push({
          childId: row.id,
          childName: `${row.given_name} ${row.family_name}`,
          retainUntil: facts.retainUntil,
          rule: facts.rule,
          explanation: disposalSentence(facts.rule, facts.retainUntil, status, from),
          status,
          legalHold: facts.legalHold,
          noticeGivenOn: facts.noticeGivenOn,
          disposableFrom: from,
        });
      }
      await this.audit.childReads(
        manager,
        caller,
        meta,
        due.map((d) => d.childId),
        'retention.disposal_due_listed',
      );
      return due;
    });
  }

  async register(caller: Caller, meta: RequestMeta): Promise<RecordDisposalType[]> {
    const la = ownLa(caller);
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const rows = await this.repository.disposals(manager, la);
      await this.audit.record(manager, {
        actor: caller,
        action: 'retention.disposals_listed',
        entity: 'record_disposal',
        entityId: null,
        meta,
        details: { shown: rows.length },
      });
      return rows.map((r) => ({
        id: r.id,
        childId: r.child_id,
        rule: r.rule,
        noticeGivenOn: r.notice_given_on,
        disposedAt: r.disposed_at,
        counts: Object.entries(r.counts)
          .filter(([, c]) => c.anonymised + c.deleted > 0)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([table, c]) => ({ table, anonymised: c.anonymised, deleted: c.deleted })),
      }));
    });
  }
}

/** The caller's own LA: disposal is seen only for it. */
function ownLa(caller: Caller): string {
  if (caller.localAuthorityId === null) throw forbidden();
  return caller.localAuthorityId;
}
