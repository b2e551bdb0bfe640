import { Inject, Injectable } from '@nestjs/common';
import { homeAddress, visitSchedule } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';

interface HomeRow {
  id: string;
  name: string;
  represented_since: string;
  visited: string[];
  advocate: { userId: string; role: string; email: string } | null;
}

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
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds, logger, 'flagged missed home visits');
    logger.setContext(MissedVisitsJob.name);
  }

  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const pushed = await inTransaction(this.dataSource, async (manager) => {
      const homes: HomeRow[] = await manager.query(
        `SELECT h.id, h.name,
            (SELECT to_char(min(p.start_date), 'YYYY-MM-DD') FROM placements p JOIN assignments s ON s.child_id = p.child_id AND s.ended_on IS NULL
              WHERE p.home_id = h.id AND p.end_date IS NULL) AS represented_since,
            COALESCE((SELECT array_agg(to_char(v.visit_on, 'YYYY-MM-DD')) FROM home_visits v WHERE v.home_id = h.id AND v.status = 'SUBMITTED'), '{}') AS visited,
            (SELECT json_build_object('userId', u.id, 'role', u.role, 'email', u.email) FROM advocates a JOIN users u ON u.id = a.user_id WHERE a.id = h.responsible_advocate_id) AS advocate
           FROM children_homes h`,
      );
      const staff: Array<{ userId: string; role: string; email: string }> = await manager.query(`SELECT id AS "userId", role, email FROM users WHERE active AND role = 'COMMISSIONER_STAFF'`);
      const out: NotificationType[] = [];
      for (const home of homes) {
        if (home.represented_since === null) continue;
        const { missedMonths } = visitSchedule({ representedSince: home.represented_since, visitedOn: home.visited, today });
        for (const month of missedMonths) {
          out.push(
            ...(await this.notifications.notify(manager, [...(home.advocate === null ? [] : [home.advocate]), ...staff], {
              kind: 'HOME_VISIT_MISSED',
              message: `${home.name} was not visited in ${month}: a visit is due every calendar month.`,
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
