import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getDirectiveValues,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLCompositeType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  type GraphQLSchema,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { countText, saturatingAdd } from './limits';

/** Refuses operations whose estimated cost (1 per field) exceeds `maxCost`, using the real variables. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // No operation resolved (a bad operationName): Apollo answers that itself.
          if (operation === undefined) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}).cost;
          if (cost > maxCost) {
            throw new GraphQLError(`The query costs ${countText(cost)}; the most allowed is ${maxCost}. Ask for fewer fields or items.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

const badUserInput = (error: GraphQLError): GraphQLError =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** The cost, and how often each fragment's selections were walked (once at most: for tests). */
export interface OperationCost {
  cost: number;
  walks: ReadonlyMap<string, number>;
}

/**
 * The operation's cost: 1 per field plus what it selects, skipping what `@skip`/`@include` leave out;
 * where a selection set is on an abstract type, the costliest possible type counts (the rules of
 * graphql-query-complexity's simpleEstimator, which this replaces). A fragment's cost depends only on
 * the fragment, so each is costed once, however often it is spread, and the sums saturate (see
 * COUNT_CEILING). Costing needs the variables' values, so a variable of the wrong type fails here,
 * before execution would report it: it is the caller's mistake (BAD_USER_INPUT, HTTP 400), never a 500.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationCost {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors !== undefined) throw badUserInput(coerced.errors[0] as GraphQLError);
  const values = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const costed = new Map<string, number>();
  const active = new Set<string>();
  const walks = new Map<string, number>();

  const included = (node: SelectionNode): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, values)?.['if'] !== true && getDirectiveValues(GraphQLIncludeDirective, node, values)?.['if'] !== false;

  const typeNames = (type: GraphQLCompositeType): string[] => (isAbstractType(type) ? schema.getPossibleTypes(type).map((t) => t.name) : [type.name]);

  const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };

  const fragmentCost = (name: string): number => {
    const known = costed.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are refused by graphql-js's own rules; they cost nothing here.
    if (fragment === undefined || active.has(name)) return 0;
    const type = schema.getType(fragment.typeCondition.name.value);
    if (!isCompositeType(type)) return 0;
    active.add(name);
    walks.set(name, (walks.get(name) ?? 0) + 1);
    const cost = setCost(fragment.selectionSet, type);
    active.delete(name);
    costed.set(name, cost);
    return cost;
  };

  function setCost(selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
    const own = typeNames(type);
    const perType = new Map<string, number>(own.map((name) => [name, 0]));
    const add = (cost: number, names: readonly string[]): void => {
      for (const name of names) perType.set(name, saturatingAdd(perType.get(name) ?? 0, cost));
    };
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(type, selection.name.value);
        if (field === undefined) continue;
        try {
          getArgumentValues(field, selection, values);
        } catch (error: unknown) {
          if (error instanceof GraphQLError) throw badUserInput(error);
          throw error;
        }
        const fieldType = getNamedType(field.type);
        const children = isCompositeType(fieldType) && selection.selectionSet !== undefined ? setCost(selection.selectionSet, fieldType) : 0;
        add(saturatingAdd(1, children), own);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const fragmentType = fragment === undefined ? undefined : schema.getType(fragment.typeCondition.name.value);
        if (!isCompositeType(fragmentType)) continue;
        add(fragmentCost(selection.name.value), typeNames(fragmentType));
      } else {
        const inlineType = selection.typeCondition === undefined ? type : schema.getType(selection.typeCondition.name.value);
        if (!isCompositeType(inlineType)) continue;
        add(setCost(selection.selectionSet, inlineType), typeNames(inlineType));
      }
    }
    return Math.max(0, ...perType.values());
  }

  const root = schema.getRootType(operation.operation);
  return { cost: root === undefined || root === null ? 0 : setCost(operation.selectionSet, root), walks };
}
