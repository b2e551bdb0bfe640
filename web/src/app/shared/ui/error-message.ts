import { SERVICE_PROBLEM_MESSAGE, isGraphqlRequestError, isRecord } from '../../core/graphql/graphql-request.error';
import type { SummaryError } from './error-summary.component';

/** What to tell the user about a failed request: the API's own message when it is safe to show. */
export function errorMessage(problem: unknown): string {
  return isGraphqlRequestError(problem) ? problem.message : SERVICE_PROBLEM_MESSAGE;
}

/** A failed request as one error-summary entry, linked to the field the API named, or to `defaultField`. */
export function summaryErrorFor(problem: unknown, defaultField: string): SummaryError {
  const field = isRecord(problem) && isRecord(problem['details']) ? problem['details']['field'] : undefined;
  return { fieldId: typeof field === 'string' ? field : defaultField, message: errorMessage(problem) };
}
