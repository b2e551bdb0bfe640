import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import type { TypedDocumentString } from '@heard/graphql-types';
import { SessionStore } from '../auth/session.store';
import { type GraphqlRequestError, isGraphqlRequestError, isRecord, networkError, responseError, serviceError } from './graphql-request.error';
import { ServiceStatus } from './service-status.service';

export const GRAPHQL_ENDPOINT = '/graphql';

const REQUEST_TIMEOUT_MS = 30_000;

export interface GraphqlRequestOptions {
  readonly signal?: AbortSignal;
  /**
   * Whether an UNAUTHENTICATED answer ends the session and sends the user to sign in (default true).
   * The sign-in and refresh operations turn it off: for them UNAUTHENTICATED is an expected answer.
   */
  readonly endSessionOnUnauthenticated?: boolean;
}

interface PrintedOperation {
  readonly query: string;
  readonly operationName: string | null;
}

/**
 * A small typed GraphQL-over-HTTP client: POSTs JSON to the same-origin /graphql endpoint with the
 * in-memory access token, and turns every failure into a GraphqlRequestError with a safe message.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlClient {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly status = inject(ServiceStatus);
  private readonly printed = new WeakMap<object, PrintedOperation>();

  async request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options: GraphqlRequestOptions = {},
  ): Promise<TResult> {
    const { query, operationName } = this.print(document);
    const body = await this.postReporting(JSON.stringify({ query, variables, operationName }), options.signal);
    const error = responseError(body);
    if (error !== null) {
      if (error.code === 'SERVICE_UNAVAILABLE') this.status.reportUnavailable();
      else this.status.reportAnswered();
      if (error.code === 'UNAUTHENTICATED' && options.endSessionOnUnauthenticated !== false) {
        this.endSession(error);
      }
      throw error;
    }
    this.status.reportAnswered();
    const data = isRecord(body) ? body['data'] : undefined;
    if (!isRecord(data)) throw serviceError();
    return data as TResult;
  }

  /** post(), telling ServiceStatus when Heard could not be reached (the banner then shows and retries). */
  private async postReporting(payload: string, signal: AbortSignal | undefined): Promise<unknown> {
    try {
      return await this.post(payload, signal);
    } catch (error: unknown) {
      if (isGraphqlRequestError(error) && error.code === 'NETWORK_ERROR') this.status.reportUnavailable();
      throw error;
    }
  }

  private async post(payload: string, signal: AbortSignal | undefined): Promise<unknown> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    };
    const token = this.session.accessToken();
    if (token !== null) headers['Authorization'] = `Bearer ${token}`;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: payload,
        signal: signal === undefined ? timeout : AbortSignal.any([signal, timeout]),
      });
    } catch (error: unknown) {
      if (signal?.aborted === true) throw error;
      throw networkError();
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.includes('json')) {
      throw response.status === 502 || response.status === 503 || response.status === 504 ? networkError() : serviceError();
    }
    try {
      const json: unknown = await response.json();
      return json;
    } catch {
      throw serviceError();
    }
  }

  private endSession(error: GraphqlRequestError): void {
    if (!this.session.isAuthenticated()) return;
    this.session.end(error.message);
    const returnUrl = this.router.url;
    void this.router.navigate(['/login'], returnUrl.startsWith('/login') ? {} : { queryParams: { returnUrl } });
  }

  /** The document's text as sent, and its operation's name (the first `query`, `mutation` or `subscription` it defines). */
  private print<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>): PrintedOperation {
    const cached = this.printed.get(document);
    if (cached !== undefined) return cached;
    const query = document.toString();
    const printed: PrintedOperation = { query, operationName: /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null };
    this.printed.set(document, printed);
    return printed;
  }
}
