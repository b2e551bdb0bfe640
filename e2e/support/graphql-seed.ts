import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SeedSignInDocument } from '@heard/graphql-types/testing';
import type { APIRequestContext } from '@playwright/test';
import { print } from 'graphql';

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
  async call<R, V>(document: TypedDocumentNode<R, V>, ...args: VariablesArgs<V>): Promise<R> {
    const variables = args[0] ?? {};
    const response = await this.request.post('/graphql', {
      headers: { 'content-type': 'application/json', ...(this.token === '' ? {} : { authorization: `Bearer ${this.token}` }) },
      data: { query: print(document), variables },
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors !== undefined && body.errors.length > 0) throw new Error(`seed failed: ${body.errors.map((e) => e.message).join('; ')}`);
    if (body.data === undefined) throw new Error('seed returned no data');
    // The server answered this very document, checked against the schema by codegen: its data has the document's shape.
    return body.data as R;
  }
}
