import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Ssda903ImportsRepository } from './ssda903-imports.repository';
import { sweepUploadFolders } from './upload-folders';

/** How often a process says its imports are still running (and looks for imports whose process stopped). */
export const HEARTBEAT_SECONDS = 5;
/** An import whose process has not said so for this long is taken to have been interrupted. */
export const STALE_SECONDS = 30;
export const INTERRUPTED_FAILURE =
  'The import was interrupted: the API process running it stopped. Children imported before it stopped are kept; upload the same files again to finish the import.';

/**
 * Which process runs which import. Each import is claimed by the process that started it
 * (`claimed_by`), which renews `heartbeat_at` every HEARTBEAT_SECONDS while it runs. An import
 * still RUNNING whose heartbeat is older than STALE_SECONDS belongs to a process that has stopped
 * (a crash, a kill, a restart): every process marks such imports FAILED with INTERRUPTED_FAILURE
 * when it starts and at every heartbeat, so several processes on one database never mark each
 * other's live imports. At start it also removes upload folders left by stopped processes.
 */
@Injectable()
export class ImportLiveness implements OnApplicationBootstrap, BeforeApplicationShutdown {
  /** This process's claim (one per API instance, so two instances in one process are told apart). */
  readonly processId = `${hostname()}:${process.pid}:${randomUUID()}`;
  private readonly running = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private beating: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
    private readonly imports: Ssda903ImportsRepository,
  ) {
    this.logger.setContext(ImportLiveness.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.recover().catch((error: unknown) => this.logger.error({ err: error }, 'ssda903 imports: could not look for interrupted imports'));
    const folders = await sweepUploadFolders();
    if (folders.length > 0) this.logger.info({ folders }, 'ssda903 uploads: removed the temporary folders of stopped processes');
    this.timer = setInterval(() => void this.beat(), HEARTBEAT_SECONDS * 1000);
    this.timer.unref();
  }

  /** Stops the heartbeat and marks this process's own running imports interrupted: they cannot finish once it stops. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.beating;
    if (this.running.size === 0) return;
    await this.imports
      .failClaimed(this.dataSource, this.processId, INTERRUPTED_FAILURE)
      .catch((error: unknown) => this.logger.error({ err: error }, 'ssda903 imports: could not mark this process’s imports interrupted'));
  }

  track(importId: string): void {
    this.running.add(importId);
  }

  untrack(importId: string): void {
    this.running.delete(importId);
  }

  /** Marks RUNNING imports whose process stopped heartbeating as interrupted; returns their ids. */
  async recover(): Promise<string[]> {
    const ids = await this.imports.failStale(this.dataSource, STALE_SECONDS, INTERRUPTED_FAILURE, this.processId);
    if (ids.length > 0) this.logger.warn({ imports: ids }, 'ssda903 imports interrupted by a stopped process marked FAILED');
    return ids;
  }

  private async beat(): Promise<void> {
    if (this.beating !== null) return;
    this.beating = (async () => {
      try {
        if (this.running.size > 0) {
          await this.imports.heartbeat(this.dataSource, [...this.running], this.processId);
        }
        await this.recover();
      } catch (error: unknown) {
        this.logger.error({ err: error }, 'ssda903 imports: heartbeat failed');
      } finally {
        this.beating = null;
      }
    })();
    await this.beating;
  }
}
