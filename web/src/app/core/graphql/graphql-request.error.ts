/** Codes whose messages the API writes for people: safe and useful to show as they are. */
export const USER_FACING_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;

/** Codes that mean the request itself was wrong (a bug in the portal, not something the user did). */
const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
] as const;

export type UserFacingErrorCode = (typeof USER_FACING_ERROR_CODES)[number];
export type GraphqlErrorCode = UserFacingErrorCode | (typeof REQUEST_ERROR_CODES)[number] | 'INTERNAL_SERVER_ERROR' | 'NETWORK_ERROR';

export type GraphqlErrorDetails = Readonly<Record<string, string | number | boolean>>;

/** One thing wrong with the input, as the API names it: the input path (`newChild.dateOfBirth`) and a sentence. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export const SERVICE_PROBLEM_MESSAGE = 'Sorry, there is a problem with the service. Try again later.';
export const NETWORK_PROBLEM_MESSAGE = 'Heard could not be reached. Check your internet connection and try again.';

/**
 * The one error type the GraphQL client throws. `message` is always safe to show to a user: the
 * server's own message for user-facing codes, a plain-English fallback for everything else.
 */
export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    readonly code: GraphqlErrorCode,
    message: string,
    readonly details: GraphqlErrorDetails = {},
    /** Each problem the API listed in `extensions.fields`, when it found several (a visit report submitted incomplete). */
    readonly fieldProblems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }

  get isUserFacing(): boolean {
    return isUserFacingCode(this.code);
  }
}

export function isGraphqlRequestError(error: unknown): error is GraphqlRequestError {
  return error instanceof GraphqlRequestError;
}

export function networkError(): GraphqlRequestError {
  return new GraphqlRequestError('NETWORK_ERROR', NETWORK_PROBLEM_MESSAGE);
}

export function serviceError(): GraphqlRequestError {
  return new GraphqlRequestError('INTERNAL_SERVER_ERROR', SERVICE_PROBLEM_MESSAGE);
}

/** Turns one entry of a GraphQL response's `errors` array into a GraphqlRequestError. */
export function fromGraphqlError(raw: unknown): GraphqlRequestError {
  if (!isRecord(raw)) return serviceError();
  const extensions = isRecord(raw['extensions']) ? raw['extensions'] : {};
  const code = toKnownCode(extensions['code']);
  const details = pickDetails(extensions);
  if (isUserFacingCode(code) && typeof raw['message'] === 'string' && raw['message'].trim() !== '') {
    return new GraphqlRequestError(code, raw['message'], details, fieldProblemsOf(extensions['fields']));
  }
  return new GraphqlRequestError(code, SERVICE_PROBLEM_MESSAGE, details);
}

/**
 * The error a GraphQL response body reports, or null when it reports none. An outage wins over any other error
 * in the same answer, so the portal shows the service banner rather than a field's message.
 */
export function responseError(body: unknown): GraphqlRequestError | null {
  const errors = isRecord(body) ? body['errors'] : undefined;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  return fromGraphqlError(errors.find(isServiceUnavailable) ?? errors[0]);
}

function isServiceUnavailable(raw: unknown): boolean {
  return isRecord(raw) && isRecord(raw['extensions']) && raw['extensions']['code'] === 'SERVICE_UNAVAILABLE';
}

function isUserFacingCode(code: GraphqlErrorCode): code is UserFacingErrorCode {
  return (USER_FACING_ERROR_CODES as readonly string[]).includes(code);
}

function toKnownCode(code: unknown): GraphqlErrorCode {
  if (typeof code !== 'string') return 'INTERNAL_SERVER_ERROR';
  const known: readonly string[] = [...USER_FACING_ERROR_CODES, ...REQUEST_ERROR_CODES];
  return known.includes(code) ? (code as GraphqlErrorCode) : 'INTERNAL_SERVER_ERROR';
}

function fieldProblemsOf(fields: unknown): FieldProblem[] {
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((item: unknown) =>
    isRecord(item) && typeof item['field'] === 'string' && typeof item['message'] === 'string' ? [{ field: item['field'], message: item['message'] }] : [],
  );
}

function pickDetails(extensions: Record<string, unknown>): GraphqlErrorDetails {
  const details: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(extensions)) {
    if (key === 'code' || key === 'stacktrace' || key === 'exception') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') details[key] = value;
  }
  return details;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
