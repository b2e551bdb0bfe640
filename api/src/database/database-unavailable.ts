import { DomainException } from '../common/exceptions/domain.exception';

/** What a client is told while PostgreSQL cannot be reached: calm, and nothing about the inside. */
export const DATABASE_UNAVAILABLE_MESSAGE = "Heard can't reach its database just now. Nothing you typed has been lost; try again in a few seconds.";

/** The `Retry-After` (seconds) sent with every SERVICE_UNAVAILABLE answer. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean the connection, not the statement, failed: the admin_shutdown (57P01),
 * crash_shutdown (57P02) and cannot_connect_now (57P03) of a server going down or starting, too many
 * connections (53300), and class 08 (connection exceptions) below.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Node's socket errors when the server's address cannot be reached at all. */
const NETWORK_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/** pg's and pg-pool's own messages for a connection that closed, timed out or was never made. */
const CONNECTION_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isUnavailableItself(error: Record<string, unknown>): boolean {
  const code = error['code'];
  if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || NETWORK_ERRNOS.has(code))) return true;
  // A FATAL (or PANIC) error ends the session: PostgreSQL refusing the connection itself (no CONNECT
  // privilege, connections not allowed, role may not log in) or closing it. Statements fail with ERROR.
  const severity = error['severity'];
  if (severity === 'FATAL' || severity === 'PANIC') return true;
  const message = error['message'];
  return typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * Whether an error means PostgreSQL could not be reached (refused, terminated, timed out, shutting
 * down), as opposed to a statement that failed. Looks through TypeORM's QueryFailedError
 * (`driverError`), `cause` and an AggregateError's `errors` (both addresses of localhost refused).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!isRecord(error) || depth > 5) return false;
  if (isUnavailableItself(error)) return true;
  const nested = [error['driverError'], error['cause'], ...(Array.isArray(error['errors']) ? (error['errors'] as unknown[]) : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The SERVICE_UNAVAILABLE a client gets when the database cannot be reached; null for any other error. */
export function databaseUnavailable(error: unknown): DomainException | null {
  if (error instanceof DomainException) return error.code === 'SERVICE_UNAVAILABLE' ? error : null;
  return isDatabaseUnavailable(error) ? new DomainException('SERVICE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE) : null;
}
