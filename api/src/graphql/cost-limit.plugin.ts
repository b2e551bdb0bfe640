import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses operations whose estimated cost (1 per field) exceeds `maxCost`, using the real variables. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > maxCost) {
            throw new GraphQLError(`The query costs ${cost}; the most allowed is ${maxCost}. Ask for fewer fields or items.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * The operation's cost. Costing needs the variables' values, so a variable of the wrong type fails here,
 * before execution would report it: it is the caller's mistake (BAD_USER_INPUT, HTTP 400), never a 500.
 */
function costOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [simpleEstimator({ defaultComplexity: 1 })] });
  } catch (error: unknown) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}
