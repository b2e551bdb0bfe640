import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';

const HOURLY_MS = 60 * 60 * 1000;

/**
 * Opting out is never final: a child who has opted out is offered advocacy again when they turn
 * 16 (pathway planning). Runs at start and then hourly; each child gets one such offer.
 */
@Injectable()
export class AgeSixteenOffersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AgeSixteenOffers');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly repository: OffersRepository,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runSafely(), HOURLY_MS);
    this.timer.unref();
    void this.runSafely();
  }

  onApplicationShutdown(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
  }

  /** Creates the age-16 offers due today; returns how many. */
  async run(): Promise<number> {
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      // One run at a time across API processes: the check below reads offers, which a row lock on assignments does not guard.
      await this.repository.lockAgeSixteenRun(manager);
      const due = await this.repository.dueAgeSixteen(manager, today);
      for (const assignment of due) await this.offers.create(manager, assignment, 'AGE_16', today);
      return due.length;
    });
  }

  private async runSafely(): Promise<void> {
    try {
      const created = await this.run();
      if (created > 0) this.logger.log(`Offered advocacy again to ${created} children who turned 16`);
    } catch (error) {
      this.logger.error(`Age-16 offers failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
