import { PubSub } from 'graphql-subscriptions';

/** Injection token for the process's PubSub (in-memory now; Redis/NOTIFY when scaled out). */
export const PUB_SUB = Symbol('PUB_SUB');

export const pubSubProvider = { provide: PUB_SUB, useFactory: () => new PubSub() };

export type HeardPubSub = PubSub;
