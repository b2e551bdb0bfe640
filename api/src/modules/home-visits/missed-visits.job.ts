import { Inject, Injectable } from '@nestjs/common';
import { homeAddress, ukLongMonth, visitSchedule } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { HomeVisitsRepository } from './home-visits.repository';

/**
 * Flags each calendar month a home with represented children went without a visit, to the
 * responsible advocate and Commissioner staff, once per home and month (the notification key is
 * unique, so concurrent runs in several processes notify once).
 */
@Injectable()
export class MissedVisitsJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    private readonly repository: HomeVisitsRepository,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds, logger, 'flagged missed home visits');
    logger.setContext(MissedVisitsJob.name);
  }

  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const pushed = await inTransaction(this.dataSource, async (manager) => {
      const homes = await this.repository.schedules(manager);
      const staff = await this.repository.commissionerStaff(manager);
      const out: NotificationType[] = [];
      for (const home of homes) {
        if (home.represented_since === null) continue;
        const { missedMonths } = visitSchedule({ representedSince: home.represented_since, visitedOn: home.visited, today });
        for (const month of missedMonths) {
          out.push(
            ...(await this.notifications.notify(manager, [...(home.advocate === null ? [] : [home.advocate]), ...staff], {
              kind: 'HOME_VISIT_MISSED',
              message: `${home.name} was not visited in ${ukLongMonth(month)}: a visit is due every calendar month.`,
              link: (role) => homeAddress(role, home.id),
              concernId: null,
              dedupeKey: `home-visit-missed:${home.id}:${month}`,
            })),
          );
        }
      }
      return out;
    });
    await this.notifications.push(pushed);
    return pushed.length;
  }
}
