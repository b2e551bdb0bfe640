import { GraphQLError, type ASTNode, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Counts (aliases, cost) stop growing here: a fragment spread twice per level doubles them, so 200
 * levels would overflow. Every configurable limit is far below it, so a saturated count is always over.
 */
export const COUNT_CEILING = 1_000_000_000;

export const saturatingAdd = (a: number, b: number): number => Math.min(a + b, COUNT_CEILING);

/** A count for a message: exact, or "more than" the ceiling once it saturated. */
export const countText = (count: number): string => (count >= COUNT_CEILING ? `more than ${COUNT_CEILING}` : String(count));

export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * A measure of selection sets in which each named fragment is measured once (then reused, however often
 * it is spread): the walk is linear in the document, never in the expanded query. `combine` folds one
 * selection's measure into the set's; a spread of a fragment being measured (a cycle, which graphql-js's
 * NoFragmentCyclesRule refuses anyway) or of an unknown fragment counts as `empty`.
 */
export class FragmentMemo {
  private readonly done = new Map<string, number>();
  private readonly active = new Set<string>();
  /** How many times a fragment's own selections were walked (once each, at most): for tests. */
  readonly walks = new Map<string, number>();

  constructor(
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly measure: (selectionSet: SelectionSetNode, memo: FragmentMemo) => number,
  ) {}

  of(name: string, empty: number): number {
    const known = this.done.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (fragment === undefined || this.active.has(name)) return empty;
    this.active.add(name);
    this.walks.set(name, (this.walks.get(name) ?? 0) + 1);
    const value = this.measure(fragment.selectionSet, this);
    this.active.delete(name);
    this.done.set(name, value);
    return value;
  }
}

/** Levels of fields below a selection set (a fragment's depth is the deepest field inside it). */
export function selectionDepth(selectionSet: SelectionSetNode, memo: FragmentMemo): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.selectionSet !== undefined) deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, memo));
    } else {
      deepest = Math.max(deepest, memo.of(selection.name.value, 0));
    }
  }
  return deepest;
}

/** Aliased fields a selection set asks for, each fragment counted once per use (saturating). */
export function selectionAliases(selectionSet: SelectionSetNode, memo: FragmentMemo): number {
  let aliases = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias !== undefined) aliases = saturatingAdd(aliases, 1);
      if (selection.selectionSet !== undefined) aliases = saturatingAdd(aliases, selectionAliases(selection.selectionSet, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      aliases = saturatingAdd(aliases, selectionAliases(selection.selectionSet, memo));
    } else {
      aliases = saturatingAdd(aliases, memo.of(selection.name.value, 0));
    }
  }
  return aliases;
}

const refusal = (message: string, nodes: readonly ASTNode[]): GraphQLError =>
  new GraphQLError(message, { nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

/** Refuses operations nested deeper than `maxDepth` levels of fields. Each fragment is measured once. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const memo = new FragmentMemo(fragmentsOf(context), selectionDepth);
    return {
      OperationDefinition(node) {
        const depth = 1 + selectionDepth(node.selectionSet, memo);
        if (depth > maxDepth) {
          context.reportError(refusal(`The query is nested ${depth} levels deep; the most allowed is ${maxDepth}.`, [node]));
        }
        return false;
      },
    };
  };
}

/**
 * Refuses an operation asking for more than `maxAliases` aliased fields (alias-based batching): a
 * fragment's aliases count once per use, and each fragment is counted once.
 */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const memo = new FragmentMemo(fragmentsOf(context), selectionAliases);
    return {
      OperationDefinition(node) {
        const aliases = selectionAliases(node.selectionSet, memo);
        if (aliases > maxAliases) {
          context.reportError(refusal(`The query uses ${countText(aliases)} aliases; the most allowed is ${maxAliases}.`, [node]));
        }
        return false;
      },
    };
  };
}

/** Refuses documents defining more than `maxFragments` fragments. */
export function fragmentLimitRule(maxFragments: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(node) {
      const fragments = node.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
      if (fragments > maxFragments) {
        context.reportError(refusal(`The query defines ${fragments} fragments; the most allowed is ${maxFragments}.`, [node]));
      }
      return false;
    },
  });
}
