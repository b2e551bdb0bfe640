import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { PinoLogger } from 'nestjs-pino';

/**
 * A job that runs `runOnce` at start and then every `seconds` (0 = never; tests and command-line tools
 * call it themselves), never overlapping itself, and on shutdown waits for a running pass before the
 * database connection closes (which happens in `onApplicationShutdown`, after every
 * `beforeApplicationShutdown`). Each pass must be safe to run in several API processes at once.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  protected constructor(
    private readonly seconds: number,
    protected readonly logger: PinoLogger,
    private readonly what: string,
  ) {}

  abstract runOnce(): Promise<number>;

  onApplicationBootstrap(): void {
    if (this.seconds === 0) return;
    this.timer = setInterval(() => void this.tick(), this.seconds * 1000);
    this.timer.unref();
    void this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.running?.catch(() => 0);
  }

  private async tick(): Promise<void> {
    if (this.running !== null) return;
    this.running = this.runOnce();
    try {
      const count = await this.running;
      if (count > 0) this.logger.info({ count }, this.what);
    } catch (error: unknown) {
      this.logger.error({ err: error }, `${this.what}: failed`);
    } finally {
      this.running = null;
    }
  }
}
