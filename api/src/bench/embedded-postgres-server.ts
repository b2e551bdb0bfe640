import '../runtime-paths';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

/**
 * The soak benchmark's database: Heard's embedded PostgreSQL as a process of its own, so the bench
 * (which may not import the API) can stop it and start it again on the same data folder. Prints one
 * JSON line `{ "url": owner URL, "adminUrl": … }` once it accepts connections; SIGTERM or SIGINT
 * stops PostgreSQL (fast shutdown) and then exits. Never part of the product:
 * `node dist/api/api/src/bench/embedded-postgres-server.js <dataDir> <port>`.
 */
async function main(): Promise<void> {
  const [dataDir, portText] = process.argv.slice(2);
  const port = Number(portText);
  if (dataDir === undefined || !Number.isInteger(port)) {
    process.stderr.write('Usage: node embedded-postgres-server.js <dataDir> <port>\n');
    process.exit(2);
  }
  const handle = await startEmbeddedPostgres({ dataDir, port, database: 'heard', log: (message) => process.stderr.write(`${message}\n`) });
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    handle.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stopping PostgreSQL failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ url: handle.url, adminUrl: handle.adminUrl })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
