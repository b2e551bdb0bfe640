import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  execute,
  type ExecutionResult,
  GraphQLError,
  GraphQLScalarType,
  type GraphQLSchema,
  isSpecifiedScalarType,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { inspect } from 'graphql/jsutils/inspect';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/**
 * Queries and mutations run through graphql-jit: each operation is compiled once into a function that
 * builds its result directly, instead of graphql-js walking the selection for every field of every
 * item (on this machine graphql-js took 2.3 ms to complete the 40 children of "My children", as long
 * as the rest of the request together). Resolvers, guards and errors are the same; only the walk
 * differs (and anything graphql-jit would treat differently falls back to graphql-js). Apollo Server's only hook for another executor is its gateway interface: this serves the
 * schema Nest built (taken from `transformSchema`) with a compiling executor. Everything else in
 * Apollo's pipeline (parsing, validation, plugins, error formatting, HTTP status) is unchanged, and
 * subscriptions never pass through here (graphql-ws runs them).
 */
export class JitExecution {
  private schema: GraphQLSchema | undefined;
  private readonly operations = new WeakMap<DocumentNode, Map<string, { runs: number; compiled?: CompiledQuery | ExecutionResult }>>();
  private compiledCount = 0;

  /**
   * `compileAfterRuns`: how many times an operation runs on graphql-js before it is compiled. Compiling
   * takes 1–15 ms, so a one-off query (or a stream of distinct ones) never pays for it, and the first
   * request of each portal operation is not slowed.
   */
  constructor(private readonly options: { compileAfterRuns: number } = { compileAfterRuns: 1 }) {}

  /** How many operations have been compiled so far. */
  get compiledOperations(): number {
    return this.compiledCount;
  }

  /** For GraphQLModule's `transformSchema`: remembers the schema Nest built and returns it unchanged. */
  readonly captureSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    return schema;
  };

  readonly gateway: Gateway = {
    onSchemaLoadOrUpdate: (listener: SchemaListener) => {
      listener({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () =>
      new Promise((resolve) => {
        this.requireSchema();
        resolve({ executor: this.executor });
      }),
    stop: () => Promise.resolve(),
  };

  private readonly executor: Executor = async (request) => {
    const variables: Record<string, unknown> = request.request.variables ?? {};
    // Apollo leaves `operation` unset when the operation name matches nothing (or is missing from a document
    // with several): graphql-js answers that, and Apollo makes it OPERATION_RESOLUTION_FAILURE (HTTP 400).
    const operation: OperationDefinitionNode | undefined = request.operation;
    if (operation === undefined || operation.operation === 'subscription') return this.executeWithGraphqlJs(request, variables);
    // graphql-js coerces the variables: a bad one is the same BAD_USER_INPUT (HTTP 400) as before, and
    // graphql-jit gets complete values (its own coercion ignores input fields' default values).
    const checked = getVariableValues(this.requireSchema(), operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors !== undefined) return { errors: checked.errors };
    const compiled = this.compiled(request.document, request.operationName);
    // Not compiled yet, or graphql-jit could not compile it: graphql-js runs it.
    if (compiled === undefined || !isCompiledQuery(compiled)) return this.executeWithGraphqlJs(request, variables);
    const result = await compiled.query(undefined, request.context, checked.coerced);
    // No data at all means graphql-jit refused variables graphql-js accepted: graphql-js decides.
    if (result.data === undefined) return this.executeWithGraphqlJs(request, variables);
    return result.errors === undefined ? result : { ...result, errors: result.errors.map(asGraphqlJsError) };
  };

  private executeWithGraphqlJs(request: Parameters<Executor>[0], variables: Record<string, unknown>): Promise<ExecutionResult> {
    return Promise.resolve(
      // The name the client asked for (Apollo's `operationName` is the one it resolved, null when none matched).
      execute({
        schema: this.requireSchema(),
        document: request.document,
        operationName: request.request.operationName ?? null,
        contextValue: request.context,
        variableValues: variables,
      }),
    );
  }

  /**
   * The operation compiled, once it has run `compileAfterRuns` times (until then, undefined): once per parsed
   * document (Apollo keeps parsed documents in its document store) and operation name.
   */
  private compiled(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult | undefined {
    let byOperation = this.operations.get(document);
    if (byOperation === undefined) {
      byOperation = new Map();
      this.operations.set(document, byOperation);
    }
    const key = operationName ?? '';
    const entry = byOperation.get(key) ?? { runs: 0 };
    byOperation.set(key, entry);
    if (entry.compiled === undefined && entry.runs >= this.options.compileAfterRuns) {
      entry.compiled = compileQuery(this.requireSchema(), document, operationName ?? undefined, { customSerializers: this.serializers() });
      this.compiledCount += 1;
    }
    entry.runs += 1;
    return entry.compiled;
  }

  private customSerializers: Record<string, (value: unknown) => unknown> | undefined;

  /**
   * graphql-js refuses a custom scalar (DateTime) whose serialize gives null or undefined: the field is
   * null with an error. graphql-jit would send the null without one, so these serializers refuse it too.
   */
  private serializers(): Record<string, (value: unknown) => unknown> {
    this.customSerializers ??= Object.fromEntries(
      Object.values(this.requireSchema().getTypeMap())
        .filter((type): type is GraphQLScalarType => type instanceof GraphQLScalarType && !isSpecifiedScalarType(type))
        .map((scalar) => [
          scalar.name,
          (value: unknown) => {
            const serialized: unknown = scalar.serialize(value);
            if (serialized === null || serialized === undefined) {
              throw new Error(`Expected \`${scalar.name}.serialize(${inspect(value)})\` to return non-nullable value, returned: ${inspect(serialized)}`);
            }
            return serialized;
          },
        ]),
    );
    return this.customSerializers;
  }

  private requireSchema(): GraphQLSchema {
    if (this.schema === undefined)
      throw new Error('The GraphQL schema has not been built yet: JitExecution.captureSchema must be GraphQLModule’s transformSchema.');
    return this.schema;
  }
}

/**
 * graphql-jit's errors lack the `extensions` object every graphql-js error has, and Apollo's error
 * formatting relies on it: the same error, rebuilt as graphql-js builds it (originalError kept for
 * the formatter, locations and path kept for the client).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  return Object.assign(rebuilt, { locations: error.locations });
}
