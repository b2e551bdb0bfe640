import { availableParallelism } from 'node:os';
import { ConfigValidationError, loadConfig } from './env.schema';

const secret = () => 'generated-secret-generated-secret-123456';

describe('environment validation at boot', () => {
  it('uses documented defaults when nothing is set', () => {
    const config = loadConfig({}, secret);
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '.data',
      sessionIdleMinutes: 30,
      loginMaxFailures: 5,
      seedDemo: true,
      seedDemoHistory: true,
      pubSub: 'memory',
      contactStandardWeeks: 6,
      jwtSecret: 'generated-secret-generated-secret-123456',
    });
  });

  it('names every bad variable in one error', () => {
    const attempt = () => loadConfig({ PORT: 'abc', SESSION_IDLE_MINUTES: '0', SEED_DEMO: 'maybe', DATABASE_URL: 'mysql://x' }, secret);
    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigValidationError).problems).toEqual([
        'DATABASE_URL must be a postgres:// or postgresql:// URL',
        'SEED_DEMO must be true or false (got "maybe")',
        'PORT must be a whole number from 1 to 65535 (got "abc")',
        'SESSION_IDLE_MINUTES must be a whole number from 1 to 720 (got "0")',
      ]);
    }
  });

  it('bounds GraphQL documents by tokens and fragments, and refuses bounds out of range', () => {
    expect(loadConfig({}, secret)).toMatchObject({ graphqlMaxTokens: 2000, graphqlMaxFragments: 50 });
    expect(loadConfig({ GRAPHQL_MAX_TOKENS: '5000', GRAPHQL_MAX_FRAGMENTS: '10' }, secret)).toMatchObject({ graphqlMaxTokens: 5000, graphqlMaxFragments: 10 });
    expect(() => loadConfig({ GRAPHQL_MAX_TOKENS: '99', GRAPHQL_MAX_FRAGMENTS: 'many' }, secret)).toThrow(
      expect.objectContaining({
        problems: [
          'GRAPHQL_MAX_TOKENS must be a whole number from 100 to 100000 (got "99")',
          'GRAPHQL_MAX_FRAGMENTS must be a whole number from 1 to 1000 (got "many")',
        ],
      }),
    );
  });

  it('takes the runtime role from DATABASE_RUNTIME_URL, beside the owner in DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://owner@db:5432/heard', DATABASE_RUNTIME_URL: 'postgres://app@db:5432/heard' }, secret);
    expect([config.databaseUrl, config.databaseRuntimeUrl]).toEqual(['postgres://owner@db:5432/heard', 'postgres://app@db:5432/heard']);
    expect(() => loadConfig({ DATABASE_RUNTIME_URL: 'postgres://app@db:5432/heard' }, secret)).toThrow(
      'DATABASE_RUNTIME_URL needs DATABASE_URL (the owner that runs the migrations) on the same server',
    );
  });

  it('runs one API process unless API_WORKERS asks for more, and shares events through PostgreSQL between workers', () => {
    expect(loadConfig({}, secret)).toMatchObject({ apiWorkers: 1, pubSub: 'memory' });
    expect(loadConfig({ API_WORKERS: '2' }, secret)).toMatchObject({ apiWorkers: 2, pubSub: 'postgres' });
    expect(loadConfig({ API_WORKERS: '2', PUBSUB: 'postgres' }, secret)).toMatchObject({ apiWorkers: 2, pubSub: 'postgres' });
    expect(loadConfig({ API_WORKERS: 'auto' }, secret).apiWorkers).toBe(availableParallelism());
    expect(() => loadConfig({ API_WORKERS: '2', PUBSUB: 'memory' }, secret)).toThrow(
      'PUBSUB=memory cannot serve more than one API worker: set PUBSUB=postgres, or API_WORKERS=1',
    );
    expect(() => loadConfig({ API_WORKERS: '0' }, secret)).toThrow('API_WORKERS must be auto or a whole number from 1 to 64 (got "0")');
    expect(() => loadConfig({ API_WORKERS: 'many' }, secret)).toThrow('API_WORKERS must be auto or a whole number from 1 to 64 (got "many")');
  });

  it('shares subscription events through PostgreSQL only when PUBSUB=postgres', () => {
    expect(loadConfig({ PUBSUB: 'postgres' }, secret).pubSub).toBe('postgres');
    expect(loadConfig({ PUBSUB: 'memory' }, secret).pubSub).toBe('memory');
    expect(() => loadConfig({ PUBSUB: 'redis' }, secret)).toThrow('PUBSUB must be one of memory, postgres (got "redis")');
  });

  it('reads concern stage deadlines and refuses more than 20 working days in total', () => {
    expect(loadConfig({ ESCALATION_STAGE_DAYS: '3, 4, 5, 8' }, secret).escalationStageDays).toEqual({
      INFORMAL: 3,
      TEAM_MANAGER: 4,
      SERVICE_MANAGER: 5,
      DIRECTOR: 8,
    });
    expect(loadConfig({}, secret).escalationStageDays).toEqual({ INFORMAL: 5, TEAM_MANAGER: 5, SERVICE_MANAGER: 5, DIRECTOR: 5 });
    expect(() => loadConfig({ ESCALATION_STAGE_DAYS: '10,5,5,5' }, secret)).toThrow(
      'ESCALATION_STAGE_DAYS: The LA stages\' deadlines add up to 25 working days; they may add up to 20 at most. (got "10,5,5,5")',
    );
  });

  it('refuses demo seeding, a missing secret and a missing database in production', () => {
    try {
      loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }, secret);
      throw new Error('expected a ConfigValidationError');
    } catch (error) {
      expect((error as ConfigValidationError).problems).toEqual([
        'JWT_SECRET is required when NODE_ENV=production',
        'DATABASE_URL is required when NODE_ENV=production (the embedded PostgreSQL is for development)',
        'SEED_DEMO cannot be true when NODE_ENV=production: demo accounts never exist in production',
      ]);
    }
  });

  it('accepts a complete production configuration and does not seed by default', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db:5432/heard' }, secret);
    expect(config.seedDemo).toBe(false);
    expect(config.databaseUrl).toBe('postgres://db:5432/heard');
  });

  it('reads the contact standard in weeks (default 6)', () => {
    expect(loadConfig({ CONTACT_STANDARD_WEEKS: '4' }, secret).contactStandardWeeks).toBe(4);
    expect(() => loadConfig({ CONTACT_STANDARD_WEEKS: '0' }, secret)).toThrow('CONTACT_STANDARD_WEEKS must be a whole number from 1 to 52 (got "0")');
  });

  it('reads how often the record-disposal job runs (default hourly) and its notice period in days (default 90)', () => {
    expect(loadConfig({}, secret)).toMatchObject({ recordDisposalIntervalSeconds: 3600, recordDisposalNoticeDays: 90 });
    expect(loadConfig({ RECORD_DISPOSAL_INTERVAL_SECONDS: '0', RECORD_DISPOSAL_NOTICE_DAYS: '30' }, secret)).toMatchObject({
      recordDisposalIntervalSeconds: 0,
      recordDisposalNoticeDays: 30,
    });
    expect(() => loadConfig({ RECORD_DISPOSAL_NOTICE_DAYS: '0' }, secret)).toThrow(
      'RECORD_DISPOSAL_NOTICE_DAYS must be a whole number from 1 to 3650 (got "0")',
    );
  });

  it('keeps a subject-access export for SUBJECT_ACCESS_EXPORT_KEEP_DAYS days (default 7)', () => {
    expect(loadConfig({}, secret).subjectAccessExportKeepDays).toBe(7);
    expect(loadConfig({ SUBJECT_ACCESS_EXPORT_KEEP_DAYS: '3' }, secret).subjectAccessExportKeepDays).toBe(3);
    expect(() => loadConfig({ SUBJECT_ACCESS_EXPORT_KEEP_DAYS: '0' }, secret)).toThrow(
      'SUBJECT_ACCESS_EXPORT_KEEP_DAYS must be a whole number from 1 to 90 (got "0")',
    );
  });

  it("reads the working days before a meeting the social worker's report is due (default 5)", () => {
    expect(loadConfig({}, secret).papersDueWorkingDays).toBe(5);
    expect(loadConfig({ PAPERS_DUE_WORKING_DAYS: '3' }, secret).papersDueWorkingDays).toBe(3);
    expect(() => loadConfig({ PAPERS_DUE_WORKING_DAYS: '0' }, secret)).toThrow('PAPERS_DUE_WORKING_DAYS must be a whole number from 1 to 30 (got "0")');
  });
  it('reads the working days for meeting follow-through: challenge 5, earlier-meeting answer 5, record sharing 10', () => {
    const defaults = loadConfig({}, secret);
    expect([defaults.decisionChallengeWorkingDays, defaults.earlierMeetingAnswerWorkingDays, defaults.recordSharingWorkingDays]).toEqual([5, 5, 10]);
    const set = loadConfig({ DECISION_CHALLENGE_WORKING_DAYS: '3', EARLIER_MEETING_ANSWER_WORKING_DAYS: '7', RECORD_SHARING_WORKING_DAYS: '15' }, secret);
    expect([set.decisionChallengeWorkingDays, set.earlierMeetingAnswerWorkingDays, set.recordSharingWorkingDays]).toEqual([3, 7, 15]);
    expect(() => loadConfig({ DECISION_CHALLENGE_WORKING_DAYS: '31' }, secret)).toThrow(
      'DECISION_CHALLENGE_WORKING_DAYS must be a whole number from 1 to 30 (got "31")',
    );
  });
});
