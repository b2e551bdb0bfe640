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

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt user { id email displayName role } }
}`;

/** A GraphQL client for tests that keeps its own refresh cookie, like one browser. */
export class GraphqlTestClient {
  accessToken: string | undefined;
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphqlResponse<T>> {
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
    let body: { data?: T | null; errors?: GraphqlErrorBody[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = {};
    }
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], headers: response.headers, text };
  }

  async login(email: string, password: string): Promise<GraphqlResponse<{ login: { accessToken: string; user: { role: string; email: string } } }>> {
    const result = await this.request<{ login: { accessToken: string; user: { role: string; email: string } } }>(LOGIN, { email, password });
    if (result.data?.login !== undefined) this.accessToken = result.data.login.accessToken;
    return result;
  }
}
