import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { UsersRepository } from '../users/users.repository';
import { DEMO_EMAILS } from './demo-accounts';
import { SessionsService } from './sessions.service';

export interface DemoLockdown {
  /** Every demo account in the database, disabled now or before. */
  accounts: string[];
  newlyDisabled: string[];
  sessionsEnded: number;
}

/**
 * On a production start, disables every demo account left in the database (one that once ran the demo)
 * and ends their sessions, before the API serves a request: their password is published. Sign-in and
 * refresh also refuse demo emails in production, so a demo account switched back on still cannot sign in.
 */
@Injectable()
export class DemoAccountsLockdown implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoAccounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv !== 'production') return;
    const done = await this.disableDemoAccounts();
    if (done.accounts.length === 0) return;
    this.logger.warn(
      `NODE_ENV=production: the demo accounts in this database are disabled and cannot sign in: ${done.accounts.join(', ')}` +
        ` (${done.newlyDisabled.length} disabled now, ${done.sessionsEnded} session(s) ended)`,
    );
  }

  async disableDemoAccounts(): Promise<DemoLockdown> {
    return this.dataSource.transaction(async (manager) => {
      // The accounts stay locked until the transaction ends, so no session of theirs can start in between.
      const rows = await this.users.disableByEmail(manager, DEMO_EMAILS);
      const sessionsEnded =
        rows.length === 0
          ? 0
          : await this.sessions.revokeAllOf(
              manager,
              rows.map((row) => row.id),
              this.clock.now(),
              'ACCOUNT_DISABLED',
            );
      const done: DemoLockdown = {
        accounts: rows.map((row) => row.email),
        newlyDisabled: rows.filter((row) => row.wasActive).map((row) => row.email),
        sessionsEnded,
      };
      if (done.newlyDisabled.length > 0 || done.sessionsEnded > 0) {
        await this.audit.record(manager, {
          actor: null,
          action: 'demo.accounts_disabled',
          entity: 'database',
          entityId: null,
          meta: { requestId: 'startup', clientAddress: null },
          details: { accounts: done.newlyDisabled.join(', '), sessionsEnded: done.sessionsEnded },
        });
      }
      return done;
    });
  }
}
