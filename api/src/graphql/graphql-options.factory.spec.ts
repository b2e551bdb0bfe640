import type { PinoLogger } from 'nestjs-pino';
import { loadConfig } from '../config/env.schema';
import { GraphQLError } from 'graphql';
import { graphqlOptions, withoutSuggestions } from './graphql-options.factory';

const logger = { error: jest.fn() } as unknown as PinoLogger;
const secret = () => 's'.repeat(40);

describe('GraphQL options per environment', () => {
  it('turns introspection and the sandbox off in production, with CSRF prevention on', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/heard' }, secret);
    const options = graphqlOptions(config, logger);
    expect(options.introspection).toBe(false);
    expect(options.hideSchemaDetailsFromClientErrors).toBe(true);
    expect(options.playground).toBe(false);
    expect(options.csrfPrevention).toBe(true);
    expect(options.includeStacktraceInErrorResponses).toBe(false);
    const landing = (options.plugins ?? []) as Array<{ __internal_plugin_id__?: string }>;
    expect(landing[0]?.__internal_plugin_id__).toBe('LandingPageDisabled');
  });

  it('keeps introspection for developers outside production', () => {
    const options = graphqlOptions(loadConfig({}, secret), logger);
    expect(options.introspection).toBe(true);
    expect(options.hideSchemaDetailsFromClientErrors).toBe(false);
    expect(options.csrfPrevention).toBe(true);
  });

  it('strips graphql-js suggestions from subscription validation errors', () => {
    expect(withoutSuggestions(new GraphQLError('Cannot query field "concernUpdatd" on type "Subscription". Did you mean "concernUpdated"?')).message).toBe(
      'Cannot query field "concernUpdatd" on type "Subscription".',
    );
    expect(withoutSuggestions(new GraphQLError('Unknown argument "i" on field "Query.child". Did you mean "id", "a", or "b"?')).message).toBe(
      'Unknown argument "i" on field "Query.child".',
    );
  });
});
