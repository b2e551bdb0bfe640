import { Inject, Injectable } from '@nestjs/common';
import { addDays, anonymisedDateOfBirth, disposalStatus, recordsDueForDisposalAddress, ukLongDate } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { AuditService } from '../audit/audit.service';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { disposalFacts } from './disposal-facts';
import { type DisposalCandidateRow, RecordDisposalRepository } from './record-disposal.repository';

const JOB = { requestId: 'record-disposal-job', clientAddress: null, operation: 'job record-disposal' } as const;

/**
 * Retention that runs. Pass 1 gives notice of each record entering its notice period (RECORD_DISPOSAL_NOTICE_DAYS
 * before its retention date) and tells its LA's data protection officers; pass 2 disposes of each record past its date whose notice
 * has run and which is not on legal hold: in one transaction per record, holding the child's row lock (SKIP LOCKED,
 * so a second process passes it by and then finds it disposed), it anonymises or deletes each table as
 * `DISPOSAL_REGISTRY` says, enters it in the disposal register and audits it. Returns the records disposed of.
 */
@Injectable()
export class RecordDisposalJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecordDisposalRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(config.recordDisposalIntervalSeconds, logger, 'disposed of records past their retention date');
    logger.setContext(RecordDisposalJob.name);
  }

  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const days = this.config.recordDisposalNoticeDays;
    let disposed = 0;
    for (const row of await this.repository.candidates(this.dataSource, addDays(today, days))) {
      const status = disposalStatus(disposalFacts(row), today, days);
      if (status === 'NOTICE_DUE') await this.giveNotice(row, today);
      if (status === 'DISPOSE' && (await this.dispose(row.id, today))) disposed += 1;
    }
    return disposed;
  }

  private async giveNotice(row: DisposalCandidateRow, today: string): Promise<void> {
    const facts = disposalFacts(row);
    const pushed = await inTransaction(this.dataSource, async (manager): Promise<NotificationType[]> => {
      if (!(await this.repository.giveNotice(manager, row.id, facts.retainUntil, facts.rule, today, this.clock.now()))) return [];
      await this.audit.record(manager, {
        actor: null,
        action: 'retention.disposal_notice_given',
        entity: 'child',
        entityId: row.id,
        meta: JOB,
        details: { rule: facts.rule },
      });
      const recipients = await this.notifications.recipients(manager, { dataProtectionOfficersOf: row.local_authority_id });
      return this.notifications.notify(manager, recipients, {
        kind: 'RECORD_DUE_FOR_DISPOSAL',
        message: `A child's record is due for disposal after ${ukLongDate(facts.retainUntil)}, unless a legal hold is placed on it.`,
        childName: `${row.given_name} ${row.family_name}`,
        link: () => recordsDueForDisposalAddress(),
        concernId: null,
        dedupeKey: `disposal-notice:${row.id}:${facts.retainUntil}`,
      });
    });
    await this.notifications.push(pushed);
  }

  /** Disposes of one record, if it is still due once its row is locked; false when it is not (or another process has it). */
  private dispose(childId: string, today: string): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.repository.lockForDisposal(manager, childId);
      if (row === undefined) return false;
      const facts = disposalFacts(row);
      if (disposalStatus(facts, today, this.config.recordDisposalNoticeDays) !== 'DISPOSE' || facts.noticeGivenOn === null) return false;
      const at = this.clock.now();
      const dateOfBirth = anonymisedDateOfBirth(row.date_of_birth, await this.repository.heldMeetingDates(manager, childId));
      const counts = await this.repository.disposeRows(manager, childId, dateOfBirth, at);
      const disposalId = await this.repository.register(manager, {
        childId,
        localAuthorityId: row.local_authority_id,
        rule: facts.rule,
        noticeGivenOn: facts.noticeGivenOn,
        at,
        counts,
      });
      await this.audit.record(manager, {
        actor: null,
        action: 'retention.disposed',
        entity: 'child',
        entityId: childId,
        meta: JOB,
        details: { rule: facts.rule, disposalId },
      });
      return true;
    });
  }
}
