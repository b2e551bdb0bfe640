import { Logger } from '@nestjs/common';
import { Client, escapeIdentifier } from 'pg';

export interface PostgresListenerOptions {
  connectionString: string;
  channel: string;
  /** Called with each NOTIFY payload on the channel, in the order PostgreSQL delivers them. */
  onMessage: (payload: string) => void;
  /** First wait before reconnecting after the connection is lost; doubles on each failure. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

/** The application_name of listening connections, to find them in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'heard-api-listen';

/**
 * One dedicated PostgreSQL connection per process that LISTENs on a channel. When the connection
 * is lost it reconnects with exponential backoff (with jitter) and LISTENs again; events published
 * while it was away are not replayed (subscriptions are live updates, not a log).
 */
export class PostgresListener {
  private readonly logger = new Logger('PubSub');
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(private readonly options: PostgresListenerOptions) {}

  /** Connects and LISTENs; rejects if the first connection fails, so a misconfigured API does not start. */
  async start(): Promise<void> {
    await this.connect();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.connectionString, application_name: LISTENER_APPLICATION_NAME, keepAlive: true });
    client.on('error', (error: Error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    client.on('notification', (notice) => {
      if (notice.channel === this.options.channel && notice.payload !== undefined) this.options.onMessage(notice.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${escapeIdentifier(this.options.channel)}`);
    } catch (error: unknown) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
  }

  private lost(client: Client, error: Error | null): void {
    if (client !== this.client || this.closed) return;
    this.client = null;
    this.logger.warn(`The LISTEN connection was lost (${error?.message ?? 'closed by the server'}); reconnecting.`);
    void client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const initial = this.options.initialBackoffMs ?? 100;
    const max = this.options.maxBackoffMs ?? 10_000;
    const delay = Math.min(max, initial * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.failures += 1;
    const attempt = this.failures;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.connect().then(
        () => this.logger.log(`LISTEN connection restored (attempt ${attempt}).`),
        (error: unknown) => {
          this.logger.warn(`Reconnecting the LISTEN connection failed: ${error instanceof Error ? error.message : String(error)}`);
          this.scheduleReconnect();
        },
      );
    }, delay);
  }
}
