import { SERVICE_PROBLEM_MESSAGE, isGraphqlRequestError } from '../../core/graphql/graphql-request.error';
import type { SummaryError } from './error-summary.component';

/**
 * How a form names its fields: the API's input path (`newChild.dateOfBirth`, `recommendations.0.dueOn`) → the id
 * of the form's element, as a table or, for fields in lists, a function. A path the form does not map is taken as
 * the id itself, so a form whose ids are the API's names (`heldOn`) declares nothing.
 */
export type FieldIds = Readonly<Record<string, string>> | ((field: string) => string | undefined);

/** What to tell the user about a failed request: the API's own message when it is safe to show. */
export function errorMessage(problem: unknown): string {
  return isGraphqlRequestError(problem) ? problem.message : SERVICE_PROBLEM_MESSAGE;
}

/**
 * A failed request as error-summary entries, each linked to (and shown under) its own field: one per problem the
 * API listed in `fields`, otherwise one for the `field` it named, otherwise one linked to `defaultField`.
 */
export function summaryErrorsFor(problem: unknown, defaultField: string, fieldIds: FieldIds = {}): SummaryError[] {
  if (!isGraphqlRequestError(problem)) return [{ fieldId: defaultField, message: errorMessage(problem) }];
  const idOf = (field: string): string => (typeof fieldIds === 'function' ? fieldIds(field) : fieldIds[field]) ?? field;
  if (problem.fieldProblems.length > 0) return problem.fieldProblems.map((p) => ({ fieldId: idOf(p.field), message: p.message }));
  const field = problem.details['field'];
  return [{ fieldId: typeof field === 'string' ? idOf(field) : defaultField, message: problem.message }];
}
