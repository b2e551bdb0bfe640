/**
 * The national data generator: a realistic, deterministic national dataset (children in care, advocacy,
 * meetings, concerns, home visits) written straight into a migrated database. Used by `npm run seed:national`
 * (api/src/cli/seed-national.ts), by `npm run bench` through it, and by the integration and fuzz tests.
 */
export { type NationalSeedOptions, NationalSeedRefusal, reportingWindow } from './plan';
export { Prng } from './prng';
export { type ProgressSink } from './progress';
export { NATIONAL_EMAIL_DOMAIN, type NationalSeedSettings, type NationalSeedSummary, seedNational } from './run';
export { MAX_SCALE, MIN_SCALE, type ScaleShape, shapeFor } from './shapes';
export {
  type ExistingAdvocate,
  type ExistingLocalAuthority,
  type LocalHistoryInput,
  type LocalHistorySummary,
  type NewAdvocate,
  seedLocalHistory,
} from './local-history';
