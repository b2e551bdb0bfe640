import { Inject, Injectable } from '@nestjs/common';
import { STAGE_LABELS, ukLongDate } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { EVERY_PARTY } from './concern-access.service';
import { CONCERN_UPDATED, concernUpdate, type ConcernUpdatePayload } from './concern-updates';
import { ConcernsRepository } from './concerns.repository';
import { concernLink } from './concerns.service';

/**
 * Marks concerns whose LA deadline (for the stage, or for information the Commissioner asked for)
 * has passed, records it on the timeline and notifies the people concerned, once. Safe with many
 * API processes: the UPDATE takes each row's lock and re-checks the key, so a second run that
 * raced the first finds nothing left to do, and notifications are unique per user and key.
 */
@Injectable()
export class OverdueConcernsJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly repository: ConcernsRepository,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {
    super(config.overdueCheckSeconds, logger, 'marked concerns past their deadline');
    logger.setContext(OverdueConcernsJob.name);
  }

  /** One pass; returns how many concerns it marked overdue. */
  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const published = await inTransaction(this.dataSource, async (manager) => {
      const rows = await this.repository.markOverdue(manager, today);
      const out: Array<{ update: ConcernUpdatePayload; notifications: NotificationType[] }> = [];
      for (const row of rows) {
        const information = row.overdue_notified_key.startsWith('INFO:');
        const dueOn = row.overdue_notified_key.slice(row.overdue_notified_key.indexOf(':') + 1);
        const what = information
          ? `The local authority did not send the information the Children's Commissioner asked for by ${ukLongDate(dueOn)}`
          : `${STAGE_LABELS[row.stage]} did not respond by ${ukLongDate(dueOn)}`;
        await this.repository.appendEvent(manager, row.id, row.stage, null, { kind: 'DEADLINE_MISSED', answer: `${what}.`, details: { dueOn } }, EVERY_PARTY);
        const recipients = await this.notifications.recipients(manager, {
          localAuthorityId: row.local_authority_id,
          advocateOfChildId: row.child_id,
          commissionerStaff: information,
        });
        const notified = await this.notifications.notify(manager, recipients, {
          kind: 'CONCERN_DEADLINE_MISSED',
          message: `A concern is overdue: ${what}.`,
          childName: await this.repository.childName(manager, row.child_id),
          link: (role) => concernLink(role, row.id),
          concernId: row.id,
          dedupeKey: `overdue:${row.id}:${row.overdue_notified_key}`,
        });
        const concern = {
          id: row.id,
          childId: row.child_id,
          localAuthorityId: row.local_authority_id,
          stage: row.stage,
          status: row.status,
          reachedCommissionerOn: row.reached_commissioner_on,
        };
        out.push({
          update: concernUpdate(await this.repository.currentAdvocateUserIds(manager, row.child_id), concern, 'DEADLINE_MISSED', EVERY_PARTY),
          notifications: notified,
        });
      }
      return out;
    });
    for (const item of published) {
      await this.pubSub.publish(CONCERN_UPDATED, { [CONCERN_UPDATED]: item.update });
      await this.notifications.push(item.notifications);
    }
    return published.length;
  }
}
