import '../runtime-paths';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool, type QueryConfig } from 'pg';
import { AuditService } from '../modules/audit/audit.service';
import { auditedSummarySql, CHILD_SUMMARY_SELECT, type SummaryFilter, whereFor } from '../modules/children/child-summaries.query';

const FLAGS = ['--unprepared', '--audited'] as const;
type Flag = (typeof FLAGS)[number];

/**
 * The benchmark's ceiling for "My children": a minimal HTTP server that runs the same SQL as the
 * GraphQL query for one advocate and returns the rows as JSON, with no authentication, GraphQL or
 * framework. The statement is prepared once per connection, as the API prepares it, unless
 * `--unprepared`; `--audited` also writes the API's audit rows in the same statement, as the API must.
 * Never part of the product: `node dist/api/api/src/bench/raw-my-children.js <port> <email> [--unprepared] [--audited]`.
 */
async function main(): Promise<void> {
  const [portText, email, ...rest] = process.argv.slice(2);
  const port = Number(portText);
  const databaseUrl = process.env['DATABASE_URL'];
  const flags = rest.filter((flag): flag is Flag => (FLAGS as readonly string[]).includes(flag));
  if (!Number.isInteger(port) || email === undefined || databaseUrl === undefined || flags.length !== rest.length) {
    process.stderr.write('Usage: DATABASE_URL=... node raw-my-children.js <port> <advocate email> [--unprepared] [--audited]\n');
    process.exit(2);
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const found = await pool.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  const userId = found.rows[0]?.id;
  if (userId === undefined) throw new Error(`No user ${email}`);
  const statement = statementFor({ kind: 'advocateUser', userId }, flags);
  const server = createServer((request, response) => {
    if (request.url !== '/my-children') {
      response.writeHead(request.url === '/health' ? 200 : 404).end();
      return;
    }
    pool.query(statement(request.socket.remoteAddress ?? null)).then(
      (result) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result.rows)),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`raw endpoint on ${port}\n`));
  process.on('SIGTERM', () => server.close(() => void pool.end()));
}

/** The query for one request: the summaries, and with `--audited` their audit rows (a new request id each time). */
function statementFor(filter: SummaryFilter & { kind: 'advocateUser' }, flags: readonly Flag[]): (clientAddress: string | null) => QueryConfig {
  const name = flags.includes('--unprepared') ? undefined : flags.includes('--audited') ? 'my-children-audited' : 'my-children';
  if (!flags.includes('--audited')) {
    const { clause, params } = whereFor(filter);
    return () => ({ name, text: `${CHILD_SUMMARY_SELECT} ${clause}`, values: params });
  }
  const audit = new AuditService();
  const actor = { userId: filter.userId, role: 'ADVOCATE' as const };
  return (clientAddress) => {
    const { text, params } = auditedSummarySql(filter, (source, first) =>
      audit.childReadsOf(source, actor, { requestId: randomUUID(), clientAddress }, 'child.list', first),
    );
    return { name, text, values: params };
  };
}

void main();
