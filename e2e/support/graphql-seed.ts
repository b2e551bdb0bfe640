import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SeedSignInDocument } from '@heard/graphql-types/testing';
import type { APIRequestContext } from '@playwright/test';
import { type DocumentNode, print } from 'graphql';

/** A document's variables, optional when it has none that are required. */
type VariablesArgs<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** Seeds through the API like a user would, for steps the test is not about. */
export class GraphqlSeed {
  private token = '';

  constructor(private readonly request: APIRequestContext) {}

  async signIn(email: string, password: string): Promise<void> {
    const data = await this.call(SeedSignInDocument, { email, password });
    this.token = data.login.accessToken;
  }

  /** Sends a generated operation (e2e/support/operations/*.graphql): its variables and result are checked by the compiler. */
  call<R, V>(document: TypedDocumentNode<R, V>, ...args: VariablesArgs<V>): Promise<R>;
  /** @deprecated Hand-typed text: write the operation in e2e/support/operations and pass its generated document. */
  call<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async call(query: string | DocumentNode, variables: unknown = {}): Promise<unknown> {
    const response = await this.request.post('/graphql', {
      headers: { 'content-type': 'application/json', ...(this.token === '' ? {} : { authorization: `Bearer ${this.token}` }) },
      data: { query: typeof query === 'string' ? query : print(query), variables },
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors !== undefined && body.errors.length > 0) throw new Error(`seed failed: ${body.errors.map((e) => e.message).join('; ')}`);
    if (body.data === undefined) throw new Error('seed returned no data');
    return body.data;
  }
}
