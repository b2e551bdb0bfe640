import { GraphqlRequestError, SERVICE_PROBLEM_MESSAGE } from '../../core/graphql/graphql-request.error';
import { errorMessage, summaryErrorFor } from './error-message';

describe('a failed request in the error summary', () => {
  it('links the API message to the field the API named', () => {
    const problem = new GraphqlRequestError('BAD_USER_INPUT', 'raisedOn cannot be in the future.', { field: 'raisedOn' });
    expect(summaryErrorFor(problem, 'summary')).toEqual({ fieldId: 'raisedOn', message: 'raisedOn cannot be in the future.' });
  });

  it('links to the default field when the API named none', () => {
    const problem = new GraphqlRequestError('CONFLICT', 'The meeting is already held.');
    expect(summaryErrorFor(problem, 'hold-meeting')).toEqual({ fieldId: 'hold-meeting', message: 'The meeting is already held.' });
  });

  it('shows the plain service message for anything that is not a GraphQL error', () => {
    expect(summaryErrorFor(new TypeError('x is undefined'), 'notes')).toEqual({ fieldId: 'notes', message: SERVICE_PROBLEM_MESSAGE });
    expect(errorMessage('boom')).toBe('Sorry, there is a problem with the service. Try again later.');
  });
});
