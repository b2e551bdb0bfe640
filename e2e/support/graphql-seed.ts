import type { APIRequestContext } from '@playwright/test';

/** Seeds through the API like a user would, for steps the test is not about. */
export class GraphqlSeed {
  private token = '';

  constructor(private readonly request: APIRequestContext) {}

  async signIn(email: string, password: string): Promise<void> {
    const data = await this.call<{ login: { accessToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }',
      { email, password },
    );
    this.token = data.login.accessToken;
  }

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post('/graphql', {
      headers: { 'content-type': 'application/json', ...(this.token === '' ? {} : { authorization: `Bearer ${this.token}` }) },
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors !== undefined && body.errors.length > 0) throw new Error(`seed failed: ${body.errors.map((e) => e.message).join('; ')}`);
    if (body.data === undefined) throw new Error('seed returned no data');
    return body.data;
  }
}
