import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { dataSourceOptions } from './data-source-options';
import { prepareDatabase } from './prepare-database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

export interface DatabaseUrls {
  /** Owns the schema and runs the migrations. */
  ownerUrl: string;
  /** Set when DATABASE_RUNTIME_URL is given; otherwise Heard makes `heard_app` from the owner. */
  runtimeUrl: string | undefined;
}

/** Resolves the database: DATABASE_URL (and DATABASE_RUNTIME_URL), or an embedded PostgreSQL whose data lives in DATA_DIR. */
@Injectable()
export class DatabaseUrlProvider implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded: EmbeddedPostgresHandle | undefined;
  private resolved: Promise<DatabaseUrls> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  urls(): Promise<DatabaseUrls> {
    this.resolved ??= this.resolve();
    return this.resolved;
  }

  private async resolve(): Promise<DatabaseUrls> {
    if (this.config.databaseUrl !== undefined) return { ownerUrl: this.config.databaseUrl, runtimeUrl: this.config.databaseRuntimeUrl };
    this.embedded = await startEmbeddedPostgres({
      dataDir: this.config.dataDir,
      port: this.config.embeddedPgPort,
      database: 'heard',
      log: (message) => this.logger.log(message),
    });
    this.logger.log(`Embedded PostgreSQL running on port ${this.config.embeddedPgPort} (data in ${this.config.dataDir})`);
    return { ownerUrl: this.embedded.url, runtimeUrl: undefined };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.embedded?.stop();
  }
}

@Global()
@Module({
  providers: [DatabaseUrlProvider],
  exports: [DatabaseUrlProvider],
})
class DatabaseUrlModule {}

@Module({
  imports: [
    DatabaseUrlModule,
    TypeOrmModule.forRootAsync({
      inject: [DatabaseUrlProvider],
      useFactory: async (database: DatabaseUrlProvider) => {
        const runtimeUrl = await prepareDatabase(await database.urls(), (message) => new Logger('Database').log(message));
        // Requests run as the runtime role: no migrations, no extensions, nothing it could not do anyway.
        return { ...dataSourceOptions(runtimeUrl), migrationsRun: false, installExtensions: false };
      },
    }),
  ],
})
export class DatabaseModule {}
