import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { AssignmentEntity } from '../assignments/assignment.entity';
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
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('heard:age-16-offers'))`);
      const due: AssignmentEntity[] = await manager
        .createQueryBuilder(AssignmentEntity, 'a')
        .innerJoin('a.child', 'c')
        .where('a.ended_on IS NULL')
        .andWhere(`c.date_of_birth <= (:today::date - interval '16 years')`, { today })
        .andWhere(
          `(SELECT d.kind FROM child_decisions d WHERE d.child_id = c.id ORDER BY d.recorded_at DESC, d.id DESC LIMIT 1) = 'OPTED_OUT'`,
        )
        .andWhere(`NOT EXISTS (SELECT 1 FROM offers o WHERE o.child_id = c.id AND (o.reason = 'AGE_16' OR (o.outcome IS NULL AND o.closed_on IS NULL)))`)
        .setLock('pessimistic_write', undefined, ['a'])
        .getMany();
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
