import type { ChildViewKind } from '@heard/graphql-types';

/** What a child's view is about, in the words the advocate chose it by. */
export const VIEW_KINDS: ReadonlyArray<readonly [ChildViewKind, string]> = [
  ['WISHES_AND_FEELINGS', 'Wishes and feelings'],
  ['TO_RAISE', 'What they want raised'],
  ['HOW_TO_TAKE_PART', 'How they want to take part'],
  ['SELF_REPRESENTATION', 'They will represent themselves'],
];

export function viewKindLabel(kind: ChildViewKind): string {
  return VIEW_KINDS.find(([k]) => k === kind)?.[1] ?? kind;
}
