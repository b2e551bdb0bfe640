import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { CalendarCoverageError } from '@heard/domain';
import { DomainException } from '../common/exceptions/domain.exception';
import { databaseUnavailable } from '../database/database-unavailable';
import { uniqueViolationConflict } from '../database/unique-violation';

/** Codes Apollo itself produces for a bad request; their messages are safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
  'SUBSCRIPTION_OVER_HTTP',
]);

/**
 * Apollo refuses these persisted-query requests with HTTP 400 but gives the errors no code (so they
 * would read as server errors): each gets a code and a message saying what to fix.
 */
const APOLLO_UNCODED: Record<string, { code: string; message: string }> = {
  'provided sha does not match query': {
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message: 'The persisted query hash (extensions.persistedQuery.sha256Hash) does not match the query.',
  },
  'Unsupported persisted query version': {
    code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    message: 'Only version 1 of persisted queries (extensions.persistedQuery.version) is supported.',
  },
};

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

function httpExceptionMessage(error: HttpException): string {
  const response = error.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.map(String).join('; ');
    if (typeof message === 'string') return message;
  }
  return error.message;
}

export type ErrorLogger = (error: unknown) => void;

/**
 * Maps every error once: domain errors keep their code and message; anything unexpected becomes
 * INTERNAL_SERVER_ERROR with a generic message (and is logged); a unique violation (23505) is a CONFLICT;
 * a database that cannot be reached is SERVICE_UNAVAILABLE (HTTP 503 and Retry-After, set by
 * serviceUnavailablePlugin). No stack trace, SQL or internal message ever reaches a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, log: ErrorLogger): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A race lost at a unique index is the same CONFLICT as one lost at a row lock, never a 500; an
  // unreachable database (the session check meets it first) is SERVICE_UNAVAILABLE, never a 500.
  const original = databaseUnavailable(unwrapped) ?? uniqueViolationConflict(unwrapped) ?? unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainException) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
  }
  // A day outside the working-day calendar (1970 to 2200) comes from the caller's dates, never from Heard.
  if (original instanceof CalendarCoverageError) return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  if (original instanceof HttpException) {
    const code = HTTP_STATUS_CODES[original.getStatus()];
    if (code !== undefined) return { ...base, message: httpExceptionMessage(original), extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const field = formatted.extensions?.['field'];
    return { ...base, extensions: typeof field === 'string' ? { code, field } : { code } };
  }
  // Apollo gives an uncoded error INTERNAL_SERVER_ERROR; these come from Apollo itself (no resolver ran).
  const uncoded =
    code === 'INTERNAL_SERVER_ERROR' && original instanceof GraphQLError && original.originalError === undefined
      ? APOLLO_UNCODED[formatted.message]
      : undefined;
  if (uncoded !== undefined) return { ...base, message: uncoded.message, extensions: { code: uncoded.code } };
  log(original);
  return {
    ...base,
    message: 'Something went wrong on our side. Try again, or contact support if it keeps happening.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
