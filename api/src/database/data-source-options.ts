import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options shared by the API, the CLI scripts and the tests. Never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    // A connection the server never answers (a host gone, no RST) fails after 10 s as SERVICE_UNAVAILABLE
    // instead of holding the request until the client gives up.
    extra: { max: 10, application_name: 'heard-api', connectionTimeoutMillis: 10_000 },
  };
}
