import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AuditService } from '../audit/audit.service';
import { DEMO_EMAILS } from './demo-accounts';

interface DemoAccountRow {
  email: string;
  wasActive: boolean;
  sessionsEnded: number;
}

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
      const rows = (await manager.query(
        `WITH demo AS (SELECT id, email, active FROM users WHERE email = ANY($1::text[]) FOR UPDATE),
              disabled AS (UPDATE users u SET active = false FROM demo WHERE u.id = demo.id AND demo.active RETURNING u.id),
              ended AS (UPDATE sessions s SET revoked_at = $2, end_reason = 'ACCOUNT_DISABLED' FROM demo WHERE s.user_id = demo.id AND s.revoked_at IS NULL RETURNING s.id)
         SELECT demo.email, demo.active AS "wasActive", (SELECT count(*)::int FROM ended) AS "sessionsEnded"
           FROM demo ORDER BY demo.email COLLATE "C"`,
        [DEMO_EMAILS, this.clock.now()],
      )) as DemoAccountRow[];
      const done: DemoLockdown = {
        accounts: rows.map((row) => row.email),
        newlyDisabled: rows.filter((row) => row.wasActive).map((row) => row.email),
        sessionsEnded: rows[0]?.sessionsEnded ?? 0,
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
