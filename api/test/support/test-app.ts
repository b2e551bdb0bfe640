import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startApi } from '../../src/bootstrap';
import { GraphqlTestClient } from './graphql-client';

export interface TestApp {
  app: INestApplication;
  url: string;
  /** The API's own connection: the least-privilege runtime role requests run as. */
  dataSource: DataSource;
  /** The owner role's URL (DATABASE_URL), which runs the migrations. */
  ownerUrl: string;
  client(): GraphqlTestClient;
  close(): Promise<void>;
}

/** Boots the real API (migrations, demo seed) against this run's throwaway database. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env['HEARD_TEST_DATABASE_URL'];
  if (url === undefined) throw new Error('HEARD_TEST_DATABASE_URL is not set: run through jest.integration.config.ts');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    SEED_DEMO: 'true',
    // The demo's accounts and named children only: the suites assert on them; the history's own spec turns it on.
    SEED_DEMO_HISTORY: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST: 'does-not-exist',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    OVERDUE_CHECK_SECONDS: '0',
    REPORT_WORKER_SECONDS: '0',
    RECORD_DISPOSAL_INTERVAL_SECONDS: '0',
    SUBJECT_ACCESS_WORKER_SECONDS: '0',
    // memory unless the run asks otherwise: PUBSUB=postgres runs every suite over LISTEN/NOTIFY.
    PUBSUB: process.env['PUBSUB'] ?? 'memory',
    ...env,
  });
  const started = await startApi({ port: 0, quiet: true });
  return {
    app: started.app,
    url: started.url,
    dataSource: started.app.get(DataSource),
    ownerUrl: url,
    client: () => new GraphqlTestClient(started.url),
    close: () => started.app.close(),
  };
}

export const DEMO = {
  advocate: 'advocate@demo.heard',
  manager: 'manager@demo.heard',
  manager2: 'manager2@demo.heard',
  commissioner: 'commissioner@demo.heard',
  admin: 'admin@demo.heard',
  providerManager: 'provider@demo.heard',
  dpo: 'dpo@demo.heard',
  password: 'demo-password',
} as const;
