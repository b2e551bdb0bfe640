import { Inject, Injectable } from '@nestjs/common';
import { portalHome } from '@heard/domain';
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
import { ChildChannelRepository } from './child-channel.repository';

const NOTICE = 'A message from a child through their own page has not had a reply within one working day. Reply now.';

/**
 * Counts the reply clock: a child's message still unreplied at its one-working-day deadline is flagged once (the
 * message keeps when), told to the child's current advocate and audited. Safe with many API processes: the flag
 * is one conditional UPDATE, so only one pass gets each message back; notifications are unique per user and key.
 * Off when OVERDUE_CHECK_SECONDS is 0, like the other deadline jobs.
 */
@Injectable()
export class ChildChannelOverdueJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ChildChannelRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds, logger, "children's messages flagged as past their reply deadline");
    logger.setContext(ChildChannelOverdueJob.name);
  }

  /** One pass; returns how many messages it flagged. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const { flagged, pushed } = await inTransaction(this.dataSource, async (manager) => {
      const rows = await this.repository.flagOverdue(manager, now);
      const out: NotificationType[] = [];
      for (const row of rows) {
        await this.audit.record(manager, {
          actor: null,
          action: 'child_channel.reply_overdue',
          entity: 'child',
          entityId: row.child_id,
          meta: { requestId: 'child-channel-overdue-job', clientAddress: null, operation: 'job childChannelOverdue' },
          details: { linkId: row.link_id, messageId: row.id },
        });
        const recipients = await this.notifications.recipients(manager, { advocateOfChildId: row.child_id });
        out.push(
          ...(await this.notifications.notify(manager, recipients, {
            kind: 'CHILD_CHANNEL_REPLY_OVERDUE',
            message: NOTICE,
            childName: await this.repository.childName(manager, row.child_id),
            link: () => `${portalHome('ADVOCATE')}/children/${row.child_id}`,
            concernId: null,
            dedupeKey: `child-channel:${row.id}:overdue`,
          })),
        );
      }
      return { flagged: rows.length, pushed: out };
    });
    await this.notifications.push(pushed);
    return flagged;
  }
}
