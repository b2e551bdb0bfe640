import { randomBytes } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './env.schema';

export const APP_CONFIG = Symbol('APP_CONFIG');

export function configFromProcessEnv(): AppConfig {
  return loadConfig(process.env, () => randomBytes(48).toString('base64url'));
}

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: configFromProcessEnv }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
