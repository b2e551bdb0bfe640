import type { FactoryProvider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { PostgresPubSub } from './postgres-pubsub';
import { type HeardPubSub, MemoryPubSub, PUB_SUB } from './pubsub';

/** PUBSUB=memory (default): one process. PUBSUB=postgres: LISTEN/NOTIFY, shared by every process on the database. */
export const pubSubProvider: FactoryProvider<HeardPubSub> = {
  provide: PUB_SUB,
  inject: [APP_CONFIG, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource): HeardPubSub | Promise<HeardPubSub> =>
    config.pubSub === 'postgres' ? PostgresPubSub.start(dataSource) : new MemoryPubSub(),
};
