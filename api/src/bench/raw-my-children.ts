import '../runtime-paths';
import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { Pool, type QueryConfig } from 'pg';
import { AuditService } from '../modules/audit/audit.service';
import { auditedSummarySql } from '../modules/children/child-summaries.query';
import { CHILD_PAGE_SQL, LA_CHILDREN_SQL, MY_CHILDREN_SQL } from './bench-sql';

const FLAGS = ['--unprepared', '--audited'] as const;
type Flag = (typeof FLAGS)[number];
const USAGE = 'Usage: DATABASE_URL=... node raw-my-children.js <port> <advocate email> [--la-manager=<email>] [--workers=<n>] [--unprepared] [--audited]\n';

interface Settings {
  readonly port: number;
  readonly email: string;
  readonly laManager: string | undefined;
  readonly workers: number;
  readonly flags: readonly Flag[];
  readonly databaseUrl: string;
}

/**
 * The benchmark's ceiling: a minimal HTTP server that runs the same SQL as Heard's GraphQL queries and returns the
 * rows as JSON, with no authentication, GraphQL or framework. `/my-children` is the advocate's "My children",
 * `/la-children` the LA manager's children list (with `--la-manager`), `/child/<id>` a child's page in one statement.
 * Statements are prepared once per connection, as the API prepares them, unless `--unprepared`; `--audited` also
 * writes the API's audit rows for "My children" in the same statement, as the API must. `--workers=<n>` runs n
 * processes sharing the port (node:cluster), as the API does with API_WORKERS. Never part of the product:
 * `node dist/api/api/src/bench/raw-my-children.js <port> <email> [--la-manager=<email>] [--workers=<n>] [--unprepared] [--audited]`.
 */
function settings(): Settings {
  const [portText, email, ...rest] = process.argv.slice(2);
  const option = (name: string): string | undefined => rest.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  const flags = rest.filter((flag): flag is Flag => (FLAGS as readonly string[]).includes(flag));
  const port = Number(portText);
  const workers = Number(option('--workers') ?? 1);
  const databaseUrl = process.env['DATABASE_URL'];
  const known = rest.every((arg) => (FLAGS as readonly string[]).includes(arg) || /^--(la-manager|workers)=/.test(arg));
  if (!Number.isInteger(port) || email === undefined || databaseUrl === undefined || !known || !Number.isInteger(workers) || workers < 1) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  return { port, email, laManager: option('--la-manager'), workers, flags, databaseUrl };
}

async function serve(s: Settings): Promise<void> {
  const pool = new Pool({ connectionString: s.databaseUrl, max: 10 });
  const userId = await userIdOf(pool, s.email);
  const laId = s.laManager === undefined ? undefined : await localAuthorityOf(pool, s.laManager);
  const myChildren = myChildrenStatement(userId, s.flags);
  const name = (base: string): string | undefined => (s.flags.includes('--unprepared') ? undefined : base);
  const statementFor = (request: IncomingMessage): QueryConfig | undefined => {
    const url = request.url ?? '';
    if (url === '/my-children') return myChildren(request.socket.remoteAddress ?? null);
    if (url === '/la-children' && laId !== undefined) return { name: name('la-children'), text: LA_CHILDREN_SQL, values: [laId] };
    const child = /^\/child\/([0-9a-f-]{36})$/.exec(url)?.[1];
    return child === undefined ? undefined : { name: name('child-page'), text: CHILD_PAGE_SQL, values: [child] };
  };
  const server = createServer((request, response) => {
    const statement = statementFor(request);
    if (statement === undefined) {
      response.writeHead(request.url === '/health' ? 200 : 404).end();
      return;
    }
    pool.query(statement).then(
      (result) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result.rows)),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(s.port, '127.0.0.1', () => process.stdout.write(`raw endpoint on ${s.port}\n`));
  process.on('SIGTERM', () => server.close(() => void pool.end()));
}

async function userIdOf(pool: Pool, email: string): Promise<string> {
  const found = await pool.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  const id = found.rows[0]?.id;
  if (id === undefined) throw new Error(`No user ${email}`);
  return id;
}

async function localAuthorityOf(pool: Pool, email: string): Promise<string> {
  const found = await pool.query<{ local_authority_id: string | null }>('SELECT local_authority_id FROM users WHERE lower(email) = lower($1)', [email]);
  const id = found.rows[0]?.local_authority_id;
  if (id === undefined || id === null) throw new Error(`No LA manager ${email}`);
  return id;
}

/** The "My children" query for one request: the summaries, and with `--audited` their audit rows (a new request id each time). */
function myChildrenStatement(userId: string, flags: readonly Flag[]): (clientAddress: string | null) => QueryConfig {
  const name = flags.includes('--unprepared') ? undefined : flags.includes('--audited') ? 'my-children-audited' : 'my-children';
  if (!flags.includes('--audited')) return () => ({ name, text: MY_CHILDREN_SQL, values: [userId] });
  const audit = new AuditService();
  const actor = { userId, role: 'ADVOCATE' as const };
  return (clientAddress) => {
    const { text, params } = auditedSummarySql({ kind: 'advocateUser', userId }, (source, first) =>
      audit.childReadsOf(source, actor, { requestId: randomUUID(), clientAddress }, 'child.list', first),
    );
    return { name, text, values: params };
  };
}

function main(): void {
  const s = settings();
  if (s.workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < s.workers; i++) cluster.fork();
    process.on('SIGTERM', () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    });
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    return;
  }
  serve(s).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

main();
