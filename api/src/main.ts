import './runtime-paths';
import 'reflect-metadata';
import { ConfigValidationError } from './config/env.schema';
import { configFromProcessEnv } from './config/config.module';
import { DEMO_PASSWORD, DEMO_USERS } from './database/seed/demo-data';
import { startApi } from './bootstrap';
import { installProcessErrorHandlers } from './process-errors';

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
  const { app, url, servesPortal } = await startApi();
  await installProcessErrorHandlers(app, config.nodeEnv === 'production');
  const lines = ['', `  Heard is running: open ${url}${servesPortal ? '' : '/graphql (the portal is not built: run npm run build:web)'}`];
  if (config.seedDemo) {
    lines.push('', `  Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`    ${user.email.padEnd(26)} ${user.role}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

void main();
