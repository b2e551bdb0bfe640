import { IntrinsicException } from '@nestjs/common';

/** Error codes a client can act on; each maps to one GraphQL `extensions.code`. */
export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  /** The database cannot be reached just now (HTTP 503 with Retry-After); the client should retry. */
  | 'SERVICE_UNAVAILABLE';

/**
 * A user-facing error: its message is safe to show and names the problem. Extends Nest's
 * IntrinsicException so expected refusals are not logged as server errors.
 */
export class DomainException extends IntrinsicException {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, string | number | boolean>,
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

export const unauthenticated = (message = 'You need to sign in.') => new DomainException('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission to do that.') => new DomainException('FORBIDDEN', message);
