import '../runtime-paths';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { CHILD_SUMMARY_SELECT, whereFor } from '../modules/children/child-summaries.query';

/**
 * The benchmark's ceiling for "My children": a minimal HTTP server that runs the same SQL as the
 * GraphQL query for one advocate (prepared once per connection, as the API prepares it, unless
 * `--unprepared`) and returns the rows as JSON, with no authentication, audit, GraphQL or framework. Never part of the product: `node dist/api/api/src/bench/raw-my-children.js <port> <email> [--unprepared]`.
 */
async function main(): Promise<void> {
  const [portText, email, flag] = process.argv.slice(2);
  const prepared = flag !== '--unprepared';
  const port = Number(portText);
  const databaseUrl = process.env['DATABASE_URL'];
  if (!Number.isInteger(port) || email === undefined || databaseUrl === undefined) {
    process.stderr.write('Usage: DATABASE_URL=... node raw-my-children.js <port> <advocate email> [--unprepared]\n');
    process.exit(2);
  }
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const found = await pool.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1)', [email]);
  const userId = found.rows[0]?.id;
  if (userId === undefined) throw new Error(`No user ${email}`);
  const { clause, params } = whereFor({ kind: 'advocateUser', userId });
  const sql = `${CHILD_SUMMARY_SELECT} ${clause}`;
  const server = createServer((request, response) => {
    if (request.url !== '/my-children') {
      response.writeHead(request.url === '/health' ? 200 : 404).end();
      return;
    }
    pool.query(prepared ? { name: 'my-children', text: sql, values: params } : { text: sql, values: params }).then(
      (result) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result.rows)),
      () => response.writeHead(500).end(),
    );
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`raw endpoint on ${port}\n`));
  process.on('SIGTERM', () => server.close(() => void pool.end()));
}

void main();
