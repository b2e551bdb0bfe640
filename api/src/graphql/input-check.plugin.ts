import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { fieldLabel, unstorableTextProblem } from '@heard/domain';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLInputType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';

/** What was wrong with one argument: a plain sentence naming its path (`input.evidence.1.text`). */
export interface InputProblem {
  field: string;
  message: string;
}

export const badInput = (problem: InputProblem): GraphQLError =>
  new GraphQLError(problem.message, { extensions: { code: 'BAD_USER_INPUT', field: problem.field, http: { status: 400 } } });

/**
 * Every string in an argument value (typed by the schema), with its path: list items by index, input
 * fields by name. Only strings of scalar types are text (enums are checked by GraphQL itself).
 */
export function firstUnstorableString(value: unknown, type: GraphQLInputType, path: string): InputProblem | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return firstUnstorableString(value, nullable.ofType, path);
    for (const [index, item] of value.entries()) {
      const found = firstUnstorableString(item, nullable.ofType, `${path}.${index}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      const found = firstUnstorableString(record[field.name], field.type, `${path}.${field.name}`);
      if (found !== null) return found;
    }
    return null;
  }
  if (isScalarType(getNamedType(nullable)) && typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    if (problem !== null) return { field: path, message: `${fieldLabel(path)} ${problem}.` };
  }
  return null;
}

function fragmentsUsed(document: DocumentNode, selectionSet: SelectionSetNode): FragmentDefinitionNode[] {
  const all = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) all.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const pending: SelectionSetNode[] = [selectionSet];
  while (pending.length > 0) {
    const set = pending.pop();
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = all.get(selection.name.value);
        if (fragment !== undefined && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          pending.push(fragment.selectionSet);
        }
      } else if (selection.selectionSet !== undefined) {
        pending.push(selection.selectionSet);
      }
    }
  }
  return [...used.values()];
}

/**
 * The first argument of the operation (from its variables or written inline, on any field at any depth)
 * holding a string that cannot be stored, or null. Arguments that do not coerce are left to GraphQL,
 * which answers them with BAD_USER_INPUT itself.
 */
export function firstUnstorableArgument(
  schema: GraphQLRequestContextDidResolveOperation<BaseContext>['schema'],
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InputProblem | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors !== undefined) return null;
  const state: { found: InputProblem | null } = { found: null };
  for (const node of [operation, ...fragmentsUsed(document, operation.selectionSet)]) {
    const typeInfo = new TypeInfo(schema);
    let depth = 0;
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field: {
          enter(field) {
            depth += 1;
            const definition = typeInfo.getFieldDef();
            if (state.found !== null || definition === null || definition === undefined || definition.args.length === 0) return;
            let values: Record<string, unknown>;
            try {
              values = getArgumentValues(definition, field, coerced.coerced);
            } catch {
              return;
            }
            // A root field's arguments are named as they are (`input.text`); deeper ones after their field.
            const prefix = node.kind === Kind.OPERATION_DEFINITION && depth === 1 ? '' : `${field.name.value}.`;
            for (const argument of definition.args) {
              state.found ??= firstUnstorableString(values[argument.name], argument.type, `${prefix}${argument.name}`);
            }
          },
          leave() {
            depth -= 1;
          },
        },
      }),
    );
    if (state.found !== null) return state.found;
  }
  return null;
}

/**
 * Validation at the edge, for every operation over HTTP: before any guard or resolver runs, a string
 * argument that cannot be stored (a NUL, a lone surrogate, a control character) is refused with
 * BAD_USER_INPUT naming its path, and a subscription (served over graphql-ws only) is refused with
 * SUBSCRIPTION_OVER_HTTP. Both are HTTP 400. A response whose only errors are BAD_USER_INPUT and that
 * carries no data (a resolver refused its input) is a 400 as well.
 */
export function inputCheckPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // No operation resolved (a bad operationName): Apollo answers that itself.
          if (operation === undefined) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP POST.', {
              extensions: { code: 'SUBSCRIPTION_OVER_HTTP', http: { status: 400 } },
            });
          }
          const problem = firstUnstorableArgument(schema, document, operation, request.variables ?? {});
          if (problem !== null) throw badInput(problem);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors === undefined || errors.length === 0) return;
          const noData = data === null || data === undefined || Object.values(data).every((value) => value === null);
          if (noData && errors.every((error) => error.extensions?.['code'] === 'BAD_USER_INPUT')) response.http.status = 400;
        },
      };
    },
  };
}
