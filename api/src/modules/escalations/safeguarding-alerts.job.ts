import { Inject, Injectable } from '@nestjs/common';
import { byDeadlineWords, londonDate } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import type { Recipient } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { EVERY_PARTY } from './concern-access.service';
import { ConcernsRepository } from './concerns.repository';
import { SafeguardingRepository } from './safeguarding.repository';
import { SafeguardingService } from './safeguarding.service';

/**
 * Tells the LA's director (if recorded, otherwise the LA's managers), Commissioner staff and the advocate when an
 * immediate safeguarding concern was not acknowledged by its deadline, once, and records it on the timeline. From
 * then on Commissioner staff can see the concern. Safe with many API processes: each alert's concern row is locked
 * first (as acknowledging does) and the UPDATE re-checks that it is still unacknowledged and unescalated, so a
 * second run that raced the first finds nothing left to do; notifications are unique per user and key as well.
 */
@Injectable()
export class SafeguardingAlertsJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly concerns: ConcernsRepository,
    private readonly repository: SafeguardingRepository,
    private readonly service: SafeguardingService,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds, logger, 'escalated safeguarding alerts not acknowledged in time');
    logger.setContext(SafeguardingAlertsJob.name);
  }

  /** One pass; returns how many alerts it escalated. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const published = await inTransaction(this.dataSource, async (manager) => {
      const out = [];
      for (const candidate of await this.repository.pastDeadline(manager, now)) {
        const concern = await this.concerns.find(manager, candidate.concern_id, true);
        const missed = concern === null ? undefined : await this.repository.markEscalated(manager, candidate.id, now);
        if (concern === null || missed === undefined) continue;
        if (concern.reachedCommissionerOn === null) {
          concern.reachedCommissionerOn = londonDate(now);
          await this.concerns.save(manager, concern);
        }
        const contact = await this.repository.contact(manager, missed.local_authority_id);
        const director = contact?.director_user_id == null ? undefined : await this.repository.userRecipient(manager, contact.director_user_id);
        const told = director === undefined ? 'the local authority’s managers' : `the director (${contact?.director_name ?? ''})`;
        const what = `The immediate safeguarding concern was not acknowledged ${byDeadlineWords(missed.due_at)}`;
        await this.concerns.appendEvent(
          manager,
          concern.id,
          concern.stage,
          null,
          { kind: 'SAFEGUARDING_NOT_ACKNOWLEDGED', answer: `${what}. Heard told ${told} and the Children’s Commissioner.`, details: { alertId: missed.id } },
          EVERY_PARTY,
        );
        const recipients: Recipient[] = [
          ...(director === undefined ? await this.notifications.recipients(manager, { localAuthorityId: missed.local_authority_id }) : [director]),
          ...(await this.notifications.recipients(manager, { commissionerStaff: true, advocateOfChildId: missed.child_id })),
        ];
        const notified = await this.service.notify(
          manager,
          concern,
          recipients,
          'SAFEGUARDING_NOT_ACKNOWLEDGED',
          `${what}.`,
          `safeguarding:${missed.id}:missed`,
        );
        out.push(await this.service.update(manager, concern, 'SAFEGUARDING_NOT_ACKNOWLEDGED', notified));
      }
      return out;
    });
    for (const item of published) await this.service.publish(item);
    return published.length;
  }
}
