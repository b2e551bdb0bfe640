import './polyfill';
import cluster from 'node:cluster';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import { verify } from 'jsonwebtoken';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { POSTGRAPHILE_SCHEMA } from './schema';

/** The claims passed to PostgreSQL as `jwt.claims.*` settings: Heard's access-token claims. */
const CLAIMS = ['sub', 'sid', 'role'] as const;

/** A token's claims as pgSettings; throws (a GraphQL error, no data) unless it is a valid HS256 token signed with the key. */
function pgSettingsFor(authorization: string | undefined, key: KeyObject): Record<string, string> {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) throw new Error('Authentication required');
  const payload = verify(token, key, { algorithms: ['HS256'] });
  if (typeof payload !== 'object') throw new Error('Invalid token');
  const settings: Record<string, string> = {};
  for (const claim of CLAIMS) {
    const value: unknown = payload[claim];
    if (typeof value !== 'string') throw new Error(`Invalid token: no ${claim}`);
    settings[`jwt.claims.${claim}`] = value;
  }
  return settings;
}

/** The preset: Amber over the bench schema, every request's JWT verified with Heard's secret, its claims as pgSettings. */
function preset(databaseUrl: string, jwtSecret: string): GraphileConfig.Preset {
  const key = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
  return {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: databaseUrl, schemas: [POSTGRAPHILE_SCHEMA], poolConfig: { max: 10 } })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: {
      explain: false,
      context: (requestContext) => ({ pgSettings: pgSettingsFor(requestContext.node?.req.headers.authorization, key) }),
    },
  };
}

/**
 * PostGraphile 5 serving the bench's three paths (`my_children`, `la_children`, `child(id)`) with JWT, one or
 * `--workers=<n>` processes sharing the port (node:cluster), as the API does with API_WORKERS. Bench only:
 * `DATABASE_URL=... JWT_SECRET=... node dist/bench/bench/postgraphile/server.js <port> [--workers=<n>]`.
 */
function main(): void {
  const [portText, workersArg] = process.argv.slice(2);
  const port = Number(portText);
  const workers = Number(/^--workers=(\d+)$/.exec(workersArg ?? '--workers=1')?.[1]);
  const databaseUrl = process.env['DATABASE_URL'];
  const jwtSecret = process.env['JWT_SECRET'];
  if (!Number.isInteger(port) || !Number.isInteger(workers) || workers < 1 || databaseUrl === undefined || jwtSecret === undefined) {
    process.stderr.write('Usage: DATABASE_URL=... JWT_SECRET=... node server.js <port> [--workers=<n>]\n');
    process.exit(2);
  }
  if (workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < workers; i++) cluster.fork();
    process.on('SIGTERM', () => Object.values(cluster.workers ?? {}).forEach((worker) => worker?.kill('SIGTERM')));
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    return;
  }
  const serv = postgraphile(preset(databaseUrl, jwtSecret)).createServ(grafserv);
  const graphqlHandler = serv.createHandler();
  const server = createServer((request, response) => {
    if (request.url === '/health') response.writeHead(200).end();
    else graphqlHandler(request, response);
  });
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
