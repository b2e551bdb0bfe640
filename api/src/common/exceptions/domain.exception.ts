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

/** One thing wrong with the input: the field's path as the portal names it (`newChild.dateOfBirth`) and a sentence. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** What an error carries besides its code: `field` names the input path; `fields` lists each problem when several. */
export type DomainErrorDetails = Readonly<Record<string, string | number | boolean | readonly FieldProblem[]>>;

/**
 * A user-facing error: its message is safe to show and names the problem. Extends Nest's
 * IntrinsicException so expected refusals are not logged as server errors.
 */
export class DomainException extends IntrinsicException {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: DomainErrorDetails,
  ) {
    super(message);
    this.name = 'DomainException';
  }
}

/**
 * Several things wrong with the input at once (a visit report submitted incomplete): BAD_USER_INPUT with the first
 * problem as the message and `field`, and every problem in `fields`, so the portal shows each under its own field.
 */
export function badInputs(problems: readonly [FieldProblem, ...FieldProblem[]], message = problems[0].message): DomainException {
  return new DomainException('BAD_USER_INPUT', message, { field: problems[0].field, fields: problems });
}

export const unauthenticated = (message = 'You need to sign in.') => new DomainException('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission to do that.') => new DomainException('FORBIDDEN', message);
