import { Inject, Injectable } from '@nestjs/common';
import { THEME_WARNINGS_ADDRESS, themeWarningKey, themeWarningMessage } from '@heard/domain';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { inTransaction } from '../../database/transactions';
import type { NotificationType } from '../notifications/dto/notification.type';
import { NotificationsService } from '../notifications/notifications.service';
import { ThemeWarningsService } from './theme-warnings.service';

/**
 * Tells every active Commissioner staff member of each new early warning (a theme rising in an LA, provider or home
 * this quarter), once, with the figures that triggered it, in the app and by email. The notification key names the
 * place, theme and quarter and is unique per user, so repeated or concurrent runs (in several processes) tell once.
 */
@Injectable()
export class ThemeWarningsJob extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly warnings: ThemeWarningsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds, logger, 'notified early warnings');
    logger.setContext(ThemeWarningsJob.name);
  }

  async runOnce(): Promise<number> {
    const today = this.clock.today();
    const pushed = await inTransaction(this.dataSource, async (manager) => {
      const { warnings } = await this.warnings.rising(manager, today);
      if (warnings.length === 0) return [];
      const staff = await this.notifications.recipients(manager, { commissionerStaff: true });
      const out: NotificationType[] = [];
      for (const warning of warnings) {
        out.push(
          ...(await this.notifications.notify(manager, staff, {
            kind: 'THEME_WARNING',
            message: themeWarningMessage(warning),
            link: () => THEME_WARNINGS_ADDRESS,
            concernId: null,
            dedupeKey: themeWarningKey(warning),
          })),
        );
      }
      return out;
    });
    await this.notifications.push(pushed);
    return pushed.length;
  }
}
