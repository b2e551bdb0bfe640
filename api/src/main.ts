import './runtime-paths';
import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigValidationError, type AppConfig } from './config/env.schema';
import { configFromProcessEnv } from './config/config.module';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-data';
import { startApi } from './bootstrap';
import { announceReady, superviseWorkers, type WorkerReady } from './cluster';
import { installProcessErrorHandlers } from './process-errors';

function banner(config: AppConfig, { url, servesPortal }: Pick<WorkerReady, 'url' | 'servesPortal'>): void {
  const lines = ['', `  Heard is running: open ${url}${servesPortal ? '' : '/graphql (the portal is not built: run npm run build:web)'}`];
  if (config.seedDemo) {
    lines.push('', `  Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.role}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  let config;
  try {
    config = configFromProcessEnv();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (config.apiWorkers > 1 && cluster.isPrimary) {
    const settled = config;
    await superviseWorkers(config, (ready) => banner(settled, ready));
    return;
  }
  const { app, url, servesPortal } = await startApi();
  await installProcessErrorHandlers(app, config.nodeEnv === 'production');
  if (cluster.isWorker) announceReady({ url, servesPortal });
  else banner(config, { url, servesPortal });
}

main().catch((error: unknown) => {
  process.stderr.write(`Heard could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
