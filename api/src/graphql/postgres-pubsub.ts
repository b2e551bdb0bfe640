import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import type { DataSource } from 'typeorm';
import { sqlRow, sqlRun } from '../database/sql';
import { PostgresListener } from './postgres-listener';
import { HeardPubSub } from './pubsub';
import { decodePayload, encodePayload } from './pubsub-codec';

/** The one NOTIFY channel every API process on the database listens on. */
export const PUBSUB_CHANNEL = 'heard_pubsub';
/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a larger event is stored in pubsub_payloads and its id notified. */
export const MAX_NOTIFY_BYTES = 7_999;
/** Stored payloads are read within milliseconds; older ones are deleted whenever another is stored. */
export const STORED_PAYLOAD_RETENTION_SECONDS = 600;

interface Envelope {
  trigger: string;
  payload: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEnvelope = (value: unknown): value is Envelope => isRecord(value) && typeof value['trigger'] === 'string';
const storedId = (value: unknown): string | null => (isRecord(value) && !('trigger' in value) && typeof value['ref'] === 'string' ? value['ref'] : null);

/**
 * Events shared by every API process on the database (PUBSUB=postgres): `publish` sends
 * `pg_notify` through the DataSource's pool, and each process's one LISTEN connection hands what
 * arrives, decoded (Dates restored), to that process's own subscribers, in the order published.
 * The publishing process receives its own events the same way, so every subscriber everywhere
 * gets exactly the same payload.
 */
export class PostgresPubSub extends HeardPubSub implements OnModuleDestroy {
  private readonly logger = new Logger('PubSub');
  private readonly local = new PubSub<Record<string, unknown>>();
  private readonly listener: PostgresListener;
  private delivery: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dataSource: DataSource,
    connectionString: string,
    backoff: { initialBackoffMs?: number; maxBackoffMs?: number },
  ) {
    super();
    this.listener = new PostgresListener({ connectionString, channel: PUBSUB_CHANNEL, onMessage: (message) => this.receive(message), ...backoff });
  }

  /** Opens the LISTEN connection on the DataSource's database; rejects if it cannot. */
  static async start(dataSource: DataSource, backoff: { initialBackoffMs?: number; maxBackoffMs?: number } = {}): Promise<PostgresPubSub> {
    const options = dataSource.options;
    const url = options.type === 'postgres' ? options.url : undefined;
    if (url === undefined) throw new Error('PUBSUB=postgres needs a DataSource configured with a postgres:// URL');
    const pubSub = new PostgresPubSub(dataSource, url, backoff);
    await pubSub.listener.start();
    return pubSub;
  }

  /** Whether the LISTEN connection is up (false while it reconnects). */
  get listening(): boolean {
    return this.listener.listening;
  }

  override async publish(trigger: string, payload: unknown): Promise<void> {
    const message = encodePayload({ trigger, payload });
    if (Buffer.byteLength(message, 'utf8') <= MAX_NOTIFY_BYTES) {
      await sqlRun(this.dataSource, `SELECT pg_notify($1, $2)`, [PUBSUB_CHANNEL, message]);
      return;
    }
    await sqlRun(
      this.dataSource,
      `WITH stored AS (INSERT INTO pubsub_payloads (body) VALUES ($2) RETURNING id),
            swept AS (DELETE FROM pubsub_payloads WHERE created_at < now() - make_interval(secs => $3))
       SELECT pg_notify($1, json_build_object('ref', stored.id::text)::text) FROM stored`,
      [PUBSUB_CHANNEL, message, STORED_PAYLOAD_RETENTION_SECONDS],
    );
  }

  override subscribe(trigger: string, onMessage: (payload: unknown) => void): Promise<number> {
    return this.local.subscribe(trigger, onMessage);
  }

  override unsubscribe(subscriptionId: number): void {
    this.local.unsubscribe(subscriptionId);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.close();
    await this.delivery;
  }

  /** Queues each notification behind the previous one, so a stored payload being read is not overtaken. */
  private receive(message: string): void {
    this.delivery = this.delivery
      .then(() => this.deliver(message))
      .catch((error: unknown) => this.logger.error(`A published event could not be delivered: ${error instanceof Error ? error.message : String(error)}`));
  }

  private async deliver(message: string): Promise<void> {
    let envelope = decodePayload(message);
    const id = storedId(envelope);
    if (id !== null) {
      const row = await sqlRow<{ body: string }>(this.dataSource, `SELECT body FROM pubsub_payloads WHERE id = $1`, [id]);
      if (row === undefined) throw new Error(`stored payload ${id} is gone`);
      envelope = decodePayload(row.body);
    }
    if (!isEnvelope(envelope)) throw new Error('a notification on the channel is not a Heard event');
    await this.local.publish(envelope.trigger, envelope.payload);
  }
}
