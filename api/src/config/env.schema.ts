import {
  DEFAULT_CHALLENGE_WORKING_DAYS,
  DEFAULT_DISPOSAL_NOTICE_DAYS,
  DEFAULT_PAPERS_WORKING_DAYS,
  DEFAULT_SAFEGUARDING_HOURS,
  DEFAULT_STAGE_DEADLINES,
  parseSafeguardingHours,
  parseStageDeadlines,
  type SafeguardingHours,
  type StageDeadlines,
} from '@heard/domain';
import { availableParallelism } from 'node:os';
import { apiWorkersFrom, pubSubFor } from './api-workers';

/**
 * Every environment variable the API reads, with its default and meaning. The README's
 * configuration table mirrors this list. Values are validated at boot; each bad variable gets
 * its own message and the process refuses to start.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** The least-privilege role requests run as; unset: Heard makes `heard_app` as the owner (DATABASE_URL). */
  databaseRuntimeUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
  seedDemo: boolean;
  /** With the demo, two reporting years of history for its LAs (SEED_DEMO_HISTORY). */
  seedDemoHistory: boolean;
  webDist: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  graphqlMaxDepth: number;
  graphqlMaxAliases: number;
  graphqlMaxCost: number;
  /** Most tokens the parser reads in one document before it gives up (before any validation runs). */
  graphqlMaxTokens: number;
  /** Most fragment definitions in one document. */
  graphqlMaxFragments: number;
  requestBodyLimitKb: number;
  trustProxy: boolean;
  offerDueWorkingDays: number;
  /** Working days before a meeting the social worker's report must reach the advocate (PAPERS_DUE_WORKING_DAYS). */
  papersDueWorkingDays: number;
  /** Working days after a meeting the LA has to challenge one of its decisions. */
  decisionChallengeWorkingDays: number;
  /** Working days the LA has to answer a request for an earlier meeting. */
  earlierMeetingAnswerWorkingDays: number;
  /** Working days after a meeting by which its record must reach the attendees. */
  recordSharingWorkingDays: number;
  /** Working days each LA stage of a concern has to respond (informal, team manager, service manager, director). */
  escalationStageDays: StageDeadlines;
  /** How often the overdue-deadline job runs; 0 turns it off (tests run it by hand). */
  overdueCheckSeconds: number;
  /** When an immediate safeguarding concern must be acknowledged: cut-off, end of day, next day by (London times). */
  safeguardingHours: SafeguardingHours;
  /** Published counts from 1 to this are suppressed in the annual report. */
  reportSuppressionThreshold: number;
  /** How often a process looks for queued report jobs; 0 turns the worker off. */
  reportWorkerSeconds: number;
  /** How often a process looks for queued subject-access exports (and removes expired ones); 0 turns the worker off. */
  subjectAccessWorkerSeconds: number;
  /** Days a subject-access export's ZIP is kept for its requester before it is removed (SUBJECT_ACCESS_EXPORT_KEEP_DAYS). */
  subjectAccessExportKeepDays: number;
  /** Where subscription events travel: `memory` (one process) or `postgres` (LISTEN/NOTIFY, shared by every process on the database). */
  pubSub: PubSubKind;
  /** API worker processes on this host (API_WORKERS, `auto` for one per core); above 1 they run as a Node cluster. */
  apiWorkers: number;
  /** The contact standard: the child is heard at least every this many weeks (CONTACT_STANDARD_WEEKS). */
  contactStandardWeeks: number;
  /** How often the record-disposal job runs; 0 turns it off (tests run it by hand). */
  recordDisposalIntervalSeconds: number;
  /** Days before a record's retention date its LA is given notice, and the least time between notice and disposal. */
  recordDisposalNoticeDays: number;
}

export const PUBSUB_KINDS = ['memory', 'postgres'] as const;
export type PubSubKind = (typeof PUBSUB_KINDS)[number];

export type RawEnv = Record<string, string | undefined>;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'test', 'production'] as const;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: RawEnv) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const match = allowed.find((a) => a === value);
    if (match === undefined) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return match;
  }

  stageDeadlines(name: string): StageDeadlines {
    const value = this.raw(name);
    if (value === undefined) return DEFAULT_STAGE_DEADLINES;
    const parsed = parseStageDeadlines(value);
    if (typeof parsed === 'string') {
      this.problems.push(`${name}: ${parsed} (got "${value}")`);
      return DEFAULT_STAGE_DEADLINES;
    }
    return parsed;
  }

  postgresUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
      return value;
    } catch {
      this.problems.push(`${name} must be a postgres:// or postgresql:// URL`);
      return undefined;
    }
  }
}

export function loadConfig(env: RawEnv, generateSecret: () => string): AppConfig {
  const read = new Reader(env);
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const production = nodeEnv === 'production';
  const jwtSecret = read.optionalString('JWT_SECRET');
  if (production && jwtSecret === undefined) {
    read.problems.push('JWT_SECRET is required when NODE_ENV=production');
  } else if (jwtSecret !== undefined && jwtSecret.length < 32) {
    read.problems.push('JWT_SECRET must be at least 32 characters long');
  }
  const databaseUrl = read.postgresUrl('DATABASE_URL');
  if (production && databaseUrl === undefined && read.optionalString('DATABASE_URL') === undefined) {
    read.problems.push('DATABASE_URL is required when NODE_ENV=production (the embedded PostgreSQL is for development)');
  }
  const databaseRuntimeUrl = read.postgresUrl('DATABASE_RUNTIME_URL');
  if (databaseRuntimeUrl !== undefined && databaseUrl === undefined) {
    read.problems.push('DATABASE_RUNTIME_URL needs DATABASE_URL (the owner that runs the migrations) on the same server');
  }
  const seedDemo = read.bool('SEED_DEMO', !production);
  if (production && seedDemo) {
    read.problems.push('SEED_DEMO cannot be true when NODE_ENV=production: demo accounts never exist in production');
  }
  const workers = apiWorkersFrom(read.optionalString('API_WORKERS'), availableParallelism());
  if (typeof workers !== 'number') read.problems.push(workers.problem);
  const apiWorkers = typeof workers === 'number' ? workers : 1;
  const pubSubRequested = read.optionalString('PUBSUB') === undefined ? undefined : read.oneOf('PUBSUB', PUBSUB_KINDS, 'memory');
  const pubSub = pubSubFor(apiWorkers, pubSubRequested);
  if (typeof pubSub !== 'string') read.problems.push(pubSub.problem);
  const config: AppConfig = {
    nodeEnv,
    port: read.int('PORT', 3000, 1, 65535),
    host: read.string('HOST', '0.0.0.0'),
    databaseUrl,
    databaseRuntimeUrl,
    dataDir: read.string('DATA_DIR', '.data'),
    embeddedPgPort: read.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    jwtSecret: jwtSecret ?? generateSecret(),
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 600, 30, 3600),
    sessionIdleMinutes: read.int('SESSION_IDLE_MINUTES', 30, 1, 720),
    loginMaxFailures: read.int('LOGIN_MAX_FAILURES', 5, 1, 100),
    loginLockMinutes: read.int('LOGIN_LOCK_MINUTES', 15, 1, 1440),
    loginRateLimitPerMinute: read.int('LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 10000),
    seedDemo,
    seedDemoHistory: read.bool('SEED_DEMO_HISTORY', true),
    webDist: read.string('WEB_DIST', 'dist/web/browser'),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, production ? 'info' : 'info'),
    graphqlMaxDepth: read.int('GRAPHQL_MAX_DEPTH', 10, 2, 50),
    graphqlMaxAliases: read.int('GRAPHQL_MAX_ALIASES', 20, 1, 500),
    graphqlMaxCost: read.int('GRAPHQL_MAX_COST', 2000, 10, 1_000_000),
    graphqlMaxTokens: read.int('GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
    graphqlMaxFragments: read.int('GRAPHQL_MAX_FRAGMENTS', 50, 1, 1000),
    requestBodyLimitKb: read.int('REQUEST_BODY_LIMIT_KB', 100, 1, 51_200),
    trustProxy: read.bool('TRUST_PROXY', false),
    offerDueWorkingDays: read.int('OFFER_DUE_WORKING_DAYS', 5, 1, 60),
    papersDueWorkingDays: read.int('PAPERS_DUE_WORKING_DAYS', DEFAULT_PAPERS_WORKING_DAYS, 1, 30),
    decisionChallengeWorkingDays: read.int('DECISION_CHALLENGE_WORKING_DAYS', DEFAULT_CHALLENGE_WORKING_DAYS, 1, 30),
    earlierMeetingAnswerWorkingDays: read.int('EARLIER_MEETING_ANSWER_WORKING_DAYS', 5, 1, 60),
    recordSharingWorkingDays: read.int('RECORD_SHARING_WORKING_DAYS', 10, 1, 60),
    escalationStageDays: read.stageDeadlines('ESCALATION_STAGE_DAYS'),
    overdueCheckSeconds: read.int('OVERDUE_CHECK_SECONDS', 300, 0, 86_400),
    safeguardingHours: safeguardingHoursFrom(read.string('SAFEGUARDING_ACKNOWLEDGE_HOURS', '15:30,17:30,12:00'), read.problems),
    reportSuppressionThreshold: read.int('REPORT_SUPPRESSION_THRESHOLD', 4, 1, 100),
    reportWorkerSeconds: read.int('REPORT_WORKER_SECONDS', 2, 0, 3600),
    subjectAccessWorkerSeconds: read.int('SUBJECT_ACCESS_WORKER_SECONDS', 2, 0, 3600),
    subjectAccessExportKeepDays: read.int('SUBJECT_ACCESS_EXPORT_KEEP_DAYS', 7, 1, 90),
    pubSub: typeof pubSub === 'string' ? pubSub : 'memory',
    apiWorkers,
    contactStandardWeeks: read.int('CONTACT_STANDARD_WEEKS', 6, 1, 52),
    recordDisposalIntervalSeconds: read.int('RECORD_DISPOSAL_INTERVAL_SECONDS', 3600, 0, 86_400),
    recordDisposalNoticeDays: read.int('RECORD_DISPOSAL_NOTICE_DAYS', DEFAULT_DISPOSAL_NOTICE_DAYS, 1, 3650),
  };
  if (read.problems.length > 0) throw new ConfigValidationError(read.problems);
  return config;
}

function safeguardingHoursFrom(value: string, problems: string[]): SafeguardingHours {
  const hours = parseSafeguardingHours(value);
  if (typeof hours !== 'string') return hours;
  problems.push(`SAFEGUARDING_ACKNOWLEDGE_HOURS ${hours}`);
  return DEFAULT_SAFEGUARDING_HOURS;
}
