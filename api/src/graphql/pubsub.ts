import { PubSub, PubSubEngine } from 'graphql-subscriptions';

/** Injection token for the process's PubSub (see pubsub.module.ts: in memory, or PostgreSQL LISTEN/NOTIFY). */
export const PUB_SUB = Symbol('PUB_SUB');

/**
 * What resolvers and services use: `publish(trigger, { [trigger]: payload })` and
 * `asyncIterableIterator(trigger)` (inherited from graphql-subscriptions' PubSubEngine, built on
 * subscribe/unsubscribe). Payloads must survive encodePayload (JSON with Dates) so that every
 * implementation delivers the same thing.
 */
export abstract class HeardPubSub extends PubSubEngine {
  abstract override publish(trigger: string, payload: unknown): Promise<void>;
  abstract override subscribe(trigger: string, onMessage: (payload: unknown) => void): Promise<number>;
  abstract override unsubscribe(subscriptionId: number): void;
}

/** One process: events are handed to this process's subscribers as they are (PUBSUB=memory). */
export class MemoryPubSub extends HeardPubSub {
  private readonly local = new PubSub<Record<string, unknown>>();

  override publish(trigger: string, payload: unknown): Promise<void> {
    return this.local.publish(trigger, payload);
  }

  override subscribe(trigger: string, onMessage: (payload: unknown) => void): Promise<number> {
    return this.local.subscribe(trigger, onMessage);
  }

  override unsubscribe(subscriptionId: number): void {
    this.local.unsubscribe(subscriptionId);
  }
}
