import type { INestApplication } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

/** How long a production process waits for open requests and connections to close before it exits. */
const EXIT_GRACE_MS = 5000;

/**
 * A last line of defence for an error nothing else handled (every upload and import stream error is
 * handled where it happens). Each one is logged (pino, with its stack). In development and tests the
 * process keeps serving; in production it closes the app (up to EXIT_GRACE_MS) and exits with 1, for its
 * supervisor (docker-compose `restart: unless-stopped`, systemd, Kubernetes) to start a fresh one, since
 * its state can no longer be trusted. Imports it was running are marked interrupted by the next process.
 */
export async function installProcessErrorHandlers(app: INestApplication, production: boolean): Promise<void> {
  const logger = await app.resolve(PinoLogger);
  logger.setContext('process');
  let exiting = false;
  const handle = (kind: 'unhandledRejection' | 'uncaughtException') => (error: unknown) => {
    logger.fatal(
      { err: error, kind },
      production ? `${kind}: closing the API so its supervisor restarts it` : `${kind}: logged, still serving (NODE_ENV is not production)`,
    );
    if (!production || exiting) return;
    exiting = true;
    const exit = setTimeout(() => process.exit(1), EXIT_GRACE_MS);
    exit.unref();
    void app
      .close()
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(exit);
        process.exit(1);
      });
  };
  process.on('unhandledRejection', handle('unhandledRejection'));
  process.on('uncaughtException', handle('uncaughtException'));
}
