import { type Server, startServer } from './processes';

export interface HeardOptions {
  readonly databaseUrl: string;
  readonly port: number;
  readonly jwtSecret: string;
  /** API_WORKERS: processes sharing the port (Node cluster); PUBSUB=postgres when more than one. Unset: the API's default. */
  readonly workers?: number;
  /** Node options before the script (e.g. `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
}

/** Starts the built API as in production (graphql-js skips its development checks), logging warnings only, with no timed jobs running. */
export function startHeard(options: HeardOptions): Promise<Server> {
  const workers = options.workers;
  return startServer(
    workers === undefined ? 'API' : `API (${workers} worker${workers === 1 ? '' : 's'})`,
    [...(options.nodeArgs ?? []), 'dist/api/api/src/main.js'],
    {
      NODE_ENV: 'production',
      JWT_SECRET: options.jwtSecret,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      REPORT_WORKER_SECONDS: '0',
      OVERDUE_CHECK_SECONDS: '0',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      ...(workers === undefined ? {} : { API_WORKERS: String(workers), PUBSUB: workers > 1 ? 'postgres' : 'memory' }),
    },
    options.port,
  );
}
