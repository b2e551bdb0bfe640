import type { HttpRequestWithCaller } from '../request/request-context';
import type { DomainException } from './domain.exception';

/**
 * Leaves the audit row of a refused REST request (FORBIDDEN or NOT_FOUND). Declared here so the shared HTTP
 * filter does not import a feature; the audit module provides it under `HTTP_REFUSAL_RECORDER`.
 */
export interface HttpRefusalRecorder {
  recordIfRefused(exception: DomainException, req: HttpRequestWithCaller): Promise<void>;
}

export const HTTP_REFUSAL_RECORDER = Symbol('HttpRefusalRecorder');
