import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLInputType, type GraphQLSchema, Kind, type OperationDefinitionNode, parse, typeFromAST } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { doublingFragments } from '../../test/support/doubling-fragments';
import { dummyValue } from '../../test/support/dummy-values';
import { portalOperation, portalOperationNames } from '../../test/support/portal-operations';
import { operationCost } from './cost-limit.plugin';
import { COUNT_CEILING } from './limits';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

function costOf(source: string, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operation === undefined) throw new Error('no operation');
  return operationCost(on, document, operation, variables);
}

const libraryCost = (source: string, variables: Record<string, unknown>, on: GraphQLSchema = schema): number =>
  getComplexity({ schema: on, query: parse(source), variables, estimators: [simpleEstimator({ defaultComplexity: 1 })] });

describe('operationCost', () => {
  it('costs doubling fragments exactly, walking each fragment once', () => {
    const { cost, walks } = costOf(doublingFragments(5));
    expect(cost).toBe(32);
    expect([...walks.entries()]).toEqual(['F0', 'F1', 'F2', 'F3', 'F4'].map((name) => [name, 1]));
  });

  it('saturates the cost of 200 doubling fragments (2^200 fields) after one walk of each', () => {
    const { cost, walks } = costOf(doublingFragments(200));
    expect(cost).toBe(COUNT_CEILING);
    expect(walks.size).toBe(200);
    expect([...walks.values()].every((n) => n === 1)).toBe(true);
  });

  it('costs the same as graphql-query-complexity for every portal operation', () => {
    for (const name of portalOperationNames()) {
      const source = portalOperation(name);
      const operation = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? []).map((v) => [v.variable.name.value, dummyValue(typeFromAST(schema, v.type) as GraphQLInputType)]),
      );
      expect([name, costOf(source, variables).cost]).toEqual([name, libraryCost(source, variables)]);
    }
  });

  it('leaves out what @skip and @include leave out, from the variables', () => {
    const source = 'query ($s: Boolean!) { me { id email @skip(if: $s) role @include(if: $s) } }';
    expect([costOf(source, { s: true }).cost, costOf(source, { s: false }).cost]).toEqual([
      libraryCost(source, { s: true }),
      libraryCost(source, { s: false }),
    ]);
    expect([costOf(source, { s: true }).cost, costOf(source, { s: false }).cost]).toEqual([3, 3]);
  });

  it('costs the costliest possible type of an abstract selection, as graphql-query-complexity does', () => {
    const abstract = buildSchema(`
      interface Node { id: ID! }
      type A implements Node { id: ID! a: String b: String }
      type B implements Node { id: ID! c: String }
      type Query { node: Node nodes: [Node!]! }
    `);
    const source = '{ node { id ... on A { a b } ...OnB } nodes { ...OnNode } } fragment OnB on B { c } fragment OnNode on Node { id ... on B { c } }';
    expect(costOf(source, {}, abstract).cost).toBe(libraryCost(source, {}, abstract));
    expect(costOf(source, {}, abstract).cost).toBe(7);
  });

  it('answers a variable of the wrong type as BAD_USER_INPUT', () => {
    expect(() => costOf('query ($id: ID!) { child(id: $id) { id } }', { id: { x: 1 } })).toThrow(
      expect.objectContaining({
        message: 'Variable "$id" got invalid value { x: 1 }; ID cannot represent value: { x: 1 }',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    );
  });
});
