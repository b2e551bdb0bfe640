import { Clock } from '../../src/common/clock';
import type { TestApp } from './test-app';

/** Puts the API's clock at 10:00 UTC on the day `iso`, until `jest.restoreAllMocks()`. */
export function onDay(api: TestApp, iso: string): void {
  jest.spyOn(api.app.get(Clock), 'now').mockReturnValue(new Date(`${iso}T10:00:00Z`));
}

/** The error codes of a GraphQL response, in order. */
export const errorCodes = (r: { errors: Array<{ extensions?: { code?: string } }> }) => r.errors.map((e) => e.extensions?.code);
