import { GraphqlRequestError, SERVICE_PROBLEM_MESSAGE, fromGraphqlError } from '../../core/graphql/graphql-request.error';
import { errorMessage, summaryErrorsFor } from './error-message';

describe('a failed request in the error summary', () => {
  it('links the API message to the field the API named', () => {
    const problem = new GraphqlRequestError('BAD_USER_INPUT', 'The date the concern was raised cannot be in the future.', { field: 'raisedOn' });
    expect(summaryErrorsFor(problem, 'summary')).toEqual([{ fieldId: 'raisedOn', message: 'The date the concern was raised cannot be in the future.' }]);
  });

  it("puts the message under the form's own field for the API's input path", () => {
    const problem = fromGraphqlError({
      message: 'Date of birth cannot be in the future. Today is 1 December 2026.',
      extensions: { code: 'BAD_USER_INPUT', field: 'newChild.dateOfBirth' },
    });
    expect(summaryErrorsFor(problem, 'occurredOn', { 'newChild.dateOfBirth': 'dateOfBirth' })).toEqual([
      { fieldId: 'dateOfBirth', message: 'Date of birth cannot be in the future. Today is 1 December 2026.' },
    ]);
  });

  it('gives each problem the API listed its own entry and field, mapped by a function for fields in lists', () => {
    const problem = fromGraphqlError({
      message: 'The report cannot be submitted yet: 3 things are missing.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'announced',
        fields: [
          { field: 'announced', message: 'Say whether the visit was announced.' },
          { field: 'childrenSpokenTo.0.whatTheySaid', message: 'Child 1: enter what they said.' },
          { field: 'recommendations.1.dueOn', message: 'Recommendation 2: enter a due date.' },
          { field: 42, message: 'not a problem the portal can place' },
        ],
      },
    });
    const ids = (field: string): string | undefined =>
      ({ announced: 'announced-yes', 'childrenSpokenTo.0.whatTheySaid': 'child-said-0', 'recommendations.1.dueOn': 'rec-due-1' })[field];
    expect(summaryErrorsFor(problem, 'visitOn', ids)).toEqual([
      { fieldId: 'announced-yes', message: 'Say whether the visit was announced.' },
      { fieldId: 'child-said-0', message: 'Child 1: enter what they said.' },
      { fieldId: 'rec-due-1', message: 'Recommendation 2: enter a due date.' },
    ]);
  });

  it('links to the default field when the API named none', () => {
    const problem = new GraphqlRequestError('CONFLICT', 'The meeting is already held.');
    expect(summaryErrorsFor(problem, 'hold-meeting')).toEqual([{ fieldId: 'hold-meeting', message: 'The meeting is already held.' }]);
  });

  it('shows the plain service message for anything that is not a GraphQL error', () => {
    expect(summaryErrorsFor(new TypeError('x is undefined'), 'notes')).toEqual([{ fieldId: 'notes', message: SERVICE_PROBLEM_MESSAGE }]);
    expect(errorMessage('boom')).toBe('Sorry, there is a problem with the service. Try again later.');
  });
});
