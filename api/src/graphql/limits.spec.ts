import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, type OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { doublingFragments } from '../../test/support/doubling-fragments';
import { portalOperation, portalOperationNames } from '../../test/support/portal-operations';
import { aliasLimitRule, COUNT_CEILING, depthLimitRule, FragmentMemo, fragmentLimitRule, selectionAliases, selectionDepth } from './limits';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

function parts(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operation === undefined) throw new Error('no operation');
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  return { document, operation, fragments };
}

const messages = (source: string, rules: Parameters<typeof validate>[2]) => validate(schema, parse(source), rules).map((e) => e.message);

describe('query limits walk each fragment once', () => {
  it('measures the depth of 30 doubling fragments (2^30 paths) with one walk of each', () => {
    const { operation, fragments } = parts(doublingFragments(30));
    const measure = jest.fn(selectionDepth);
    const memo = new FragmentMemo(fragments, measure);
    expect(1 + selectionDepth(operation.selectionSet, memo)).toBe(2);
    expect(measure).toHaveBeenCalledTimes(30);
    expect([...memo.walks.values()]).toEqual(Array.from({ length: 30 }, () => 1));
  });

  it('counts aliases once per use of a fragment, walking each fragment once', () => {
    const source = doublingFragments(4).replace('me { id }', 'a: me { id }');
    const { operation, fragments } = parts(source);
    const measure = jest.fn(selectionAliases);
    expect(selectionAliases(operation.selectionSet, new FragmentMemo(fragments, measure))).toBe(8);
    expect(measure).toHaveBeenCalledTimes(4);
  });

  it('saturates the alias count instead of overflowing', () => {
    const { operation, fragments } = parts(doublingFragments(200).replace('me { id }', 'a: me { id }'));
    expect(selectionAliases(operation.selectionSet, new FragmentMemo(fragments, selectionAliases))).toBe(COUNT_CEILING);
  });

  it('guards against fragment cycles (graphql-js refuses them too)', () => {
    const { operation, fragments } = parts('{ ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }');
    expect(1 + selectionDepth(operation.selectionSet, new FragmentMemo(fragments, selectionDepth))).toBe(2);
    expect(selectionAliases(operation.selectionSet, new FragmentMemo(fragments, selectionAliases))).toBe(0);
  });

  it('refuses by depth through fragments, with the depth inside them', () => {
    const source = '{ ...A } fragment A on Query { me { ...B } } fragment B on User { id }';
    expect(messages(source, [depthLimitRule(2)])).toEqual([]);
    expect(messages('{ me { id } __schema { types { name } } }', [depthLimitRule(2)])).toEqual(['The query is nested 3 levels deep; the most allowed is 2.']);
  });

  it('refuses aliases multiplied by fragment uses, and says when the count saturated', () => {
    const doubled = doublingFragments(3).replace('me { id }', 'a: me { id }');
    expect(messages(doubled, [aliasLimitRule(3)])).toEqual(['The query uses 4 aliases; the most allowed is 3.']);
    expect(messages(doublingFragments(40).replace('me { id }', 'a: me { id }'), [aliasLimitRule(20)])).toEqual([
      'The query uses more than 1000000000 aliases; the most allowed is 20.',
    ]);
  });

  it('refuses more fragment definitions than allowed', () => {
    expect(messages(doublingFragments(3), [fragmentLimitRule(3)])).toEqual([]);
    expect(messages(doublingFragments(4), [fragmentLimitRule(3)])).toEqual(['The query defines 4 fragments; the most allowed is 3.']);
  });

  it('validates 30 doubling fragments with every rule, graphql-js’s own included', () => {
    expect(messages(doublingFragments(30), [...specifiedRules, fragmentLimitRule(50), depthLimitRule(10), aliasLimitRule(20)])).toEqual([]);
  });

  it('lets every portal operation through the default limits, tokens included', () => {
    const names = portalOperationNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const document = parse(portalOperation(name), { maxTokens: 2000 });
      expect([name, validate(schema, document, [...specifiedRules, fragmentLimitRule(50), depthLimitRule(10), aliasLimitRule(20)])]).toEqual([name, []]);
    }
  });
});
