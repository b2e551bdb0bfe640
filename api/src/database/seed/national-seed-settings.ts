import type { NationalSeedSettings } from '@heard/national-data';
import { hash } from '@node-rs/argon2';
import type { AppConfig } from '../../config/env.schema';
import { ARGON2_OPTIONS } from '../../modules/auth/password.service';
import { DEMO_PASSWORD } from './demo-data';

/** What the national data generator takes from the API: its deadlines, and the demo password hashed as sign-in checks it. */
export function nationalSeedSettings(config: Pick<AppConfig, 'offerDueWorkingDays' | 'escalationStageDays'>): NationalSeedSettings {
  return {
    offerDueWorkingDays: config.offerDueWorkingDays,
    escalationStageDays: config.escalationStageDays,
    hashAccountPassword: (salt) => hash(DEMO_PASSWORD, { ...ARGON2_OPTIONS, salt }),
  };
}
