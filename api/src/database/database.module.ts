import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres';

/** Resolves the database URL: DATABASE_URL, or an embedded PostgreSQL whose data lives in DATA_DIR. */
@Injectable()
export class DatabaseUrlProvider implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded: EmbeddedPostgresHandle | undefined;
  private resolved: Promise<string> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  url(): Promise<string> {
    this.resolved ??= this.resolve();
    return this.resolved;
  }

  private async resolve(): Promise<string> {
    if (this.config.databaseUrl !== undefined) return this.config.databaseUrl;
    this.embedded = await startEmbeddedPostgres({
      dataDir: this.config.dataDir,
      port: this.config.embeddedPgPort,
      database: 'heard',
      log: (message) => this.logger.log(message),
    });
    this.logger.log(`Embedded PostgreSQL running on port ${this.config.embeddedPgPort} (data in ${this.config.dataDir})`);
    return this.embedded.url;
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
      useFactory: async (database: DatabaseUrlProvider) => ({
        ...dataSourceOptions(await database.url()),
        migrationsRun: true,
      }),
    }),
  ],
})
export class DatabaseModule {}
