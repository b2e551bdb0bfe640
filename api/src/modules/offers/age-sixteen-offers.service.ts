import { Inject, Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { IntervalJob } from '../../common/interval-job';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';

const HOURLY_SECONDS = 60 * 60;

/**
 * Opting out is never final: a child who has opted out is offered advocacy again when they turn
 * 16 (pathway planning). Runs at start and then hourly, unless the background jobs are off
 * (`OVERDUE_CHECK_SECONDS=0`, as in tests and the command-line tools); each child gets one such offer.
 */
@Injectable()
export class AgeSixteenOffersService extends IntervalJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly repository: OffersRepository,
    private readonly clock: Clock,
    logger: PinoLogger,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config.overdueCheckSeconds === 0 ? 0 : HOURLY_SECONDS, logger, 'offered advocacy again to children who turned 16');
    logger.setContext(AgeSixteenOffersService.name);
  }

  /** Creates the age-16 offers due today; returns how many. */
  async runOnce(): Promise<number> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      // One run at a time across API processes: the check below reads offers, which a row lock on assignments does not guard.
      await this.repository.lockAgeSixteenRun(manager);
      const due = await this.repository.dueAgeSixteen(manager, today);
      for (const assignment of due) await this.offers.create(manager, assignment, 'AGE_16', today);
      return due.length;
    });
  }
}
