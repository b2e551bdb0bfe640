import { fromGraphqlError, GraphqlRequestError, networkError, responseError, SERVICE_PROBLEM_MESSAGE } from './graphql-request.error';

describe('a GraphQL error becomes a message that is safe to show', () => {
  it('keeps the API message and details of a user-facing code, without its stack trace', () => {
    const error = fromGraphqlError({
      message: 'The meeting is already held.',
      extensions: { code: 'CONFLICT', field: 'meetingId', retryAfter: 5, stacktrace: ['at x'], nested: { a: 1 } },
    });
    expect(error).toBeInstanceOf(GraphqlRequestError);
    expect([error.code, error.message, error.details, error.isUserFacing]).toEqual([
      'CONFLICT',
      'The meeting is already held.',
      { field: 'meetingId', retryAfter: 5 },
      true,
    ]);
  });

  it.each([
    ['an internal error', { message: 'relation "children" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, 'INTERNAL_SERVER_ERROR'],
    ['a code it does not know', { message: 'Something odd', extensions: { code: 'TEAPOT' } }, 'INTERNAL_SERVER_ERROR'],
    [
      'a request the portal got wrong',
      { message: 'Cannot query field "chil"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a user-facing code with an empty message', { message: '  ', extensions: { code: 'NOT_FOUND' } }, 'NOT_FOUND'],
    ['something that is not an error at all', 'boom', 'INTERNAL_SERVER_ERROR'],
  ])('hides the text of %s', (_what, raw, code) => {
    const error = fromGraphqlError(raw);
    expect([error.code, error.message]).toEqual([code, SERVICE_PROBLEM_MESSAGE]);
  });

  it('says Heard could not be reached on a network failure', () => {
    const error = networkError();
    expect([error.code, error.message, error.isUserFacing]).toEqual([
      'NETWORK_ERROR',
      'Heard could not be reached. Check your internet connection and try again.',
      false,
    ]);
  });
});

describe('the error a response reports', () => {
  it('is none when the response has no errors', () => {
    expect(responseError({ data: { me: null } })).toBeNull();
    expect(responseError({ data: {}, errors: [] })).toBeNull();
    expect(responseError('not json')).toBeNull();
  });

  it('is the first error, or an outage wherever it is in the list', () => {
    const first = { message: 'Not yours.', extensions: { code: 'FORBIDDEN' } };
    const outage = { message: "Heard can't reach its database just now.", extensions: { code: 'SERVICE_UNAVAILABLE' } };
    expect(responseError({ errors: [first] })?.code).toBe('FORBIDDEN');
    expect(responseError({ errors: [first, outage] })?.message).toBe("Heard can't reach its database just now.");
  });
});
