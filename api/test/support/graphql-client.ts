import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { TypedDocumentString } from '@heard/graphql-types';
import { TestLoginDocument, type TestLoginMutation } from '@heard/graphql-types/testing';
import { type DocumentNode, print } from 'graphql';

export interface GraphqlErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphqlResponse<T> {
  status: number;
  data: T | null;
  errors: GraphqlErrorBody[];
  headers: Headers;
  text: string;
}

/** A document's variables, optional when it has none that are required. */
export type VariablesArgs<V> =
  Record<string, never> extends V ? [variables?: V, headers?: Record<string, string>] : [variables: V, headers?: Record<string, string>];

/** A generated operation: the tests' own (a syntax tree) or the portal's (the text it sends). */
export type GeneratedDocument<R, V> = TypedDocumentNode<R, V> | TypedDocumentString<R, V>;

const printed = new WeakMap<object, string>();

/** The text of a generated document, printed once (the portal's documents are their text already). */
export function queryText<R, V>(document: DocumentNode | TypedDocumentString<R, V>): string {
  if (!('kind' in document)) return document.toString();
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** A GraphQL client for tests that keeps its own refresh cookie, like one browser. */
export class GraphqlTestClient {
  accessToken: string | undefined;
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** Sends a generated operation (from @heard/graphql-types/testing): its variables and result are checked by the compiler. */
  async request<R, V>(document: GeneratedDocument<R, V>, ...args: VariablesArgs<V>): Promise<GraphqlResponse<R>> {
    return this.execute(document, (args[0] ?? {}) as V, args[1] ?? {});
  }

  /** `request` with the variables always given: for helpers generic over the document. */
  async execute<R, V>(document: GeneratedDocument<R, V>, variables: V, headers: Record<string, string> = {}): Promise<GraphqlResponse<R>> {
    const { data, ...rest } = await this.rawGraphql(queryText(document), variables, headers);
    // The server answered this very document, checked against the schema by codegen: its data has the document's shape.
    return { ...rest, data: data as R | null };
  }

  /**
   * The escape hatch, for tests that deliberately send what the schema refuses or does not know (fuzz,
   * limits, the access matrix, malformed requests): the text goes as it is and the data is `unknown`, for
   * the test to narrow.
   */
  async rawGraphql(query: string, variables: unknown = {}, headers: Record<string, string> = {}): Promise<GraphqlResponse<unknown>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.accessToken === undefined ? {} : { authorization: `Bearer ${this.accessToken}` }),
        ...(this.cookie === undefined ? {} : { cookie: this.cookie }),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const text = await response.text();
    let body: { data?: unknown; errors?: GraphqlErrorBody[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = {};
    }
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], headers: response.headers, text };
  }

  async login(email: string, password: string): Promise<GraphqlResponse<TestLoginMutation>> {
    const result = await this.request(TestLoginDocument, { email, password });
    if (result.data?.login !== undefined) this.accessToken = result.data.login.accessToken;
    return result;
  }
}
