import { type ChildSpokenTo, sharedVoices } from './visit-report';

/** Who reads a visit report, as far as the children in it are concerned. */
export interface VisitReader {
  /** The reader wrote the report: the visiting advocate. */
  isVisitingAdvocate: boolean;
  /** The children the reader is, or was, assigned to as their advocate: their own children. */
  ownChildIds: ReadonlySet<string>;
}

/**
 * Whether a reader may see a child's part of a visit report: that the child was spoken to, who
 * they are, what they said, and that a recommendation concerns them. Only the visiting advocate
 * and the child's own advocate may; a child Heard does not know (no id) only the visiting advocate.
 */
export function maySeeVisitChild(reader: VisitReader, childId: string | null): boolean {
  return reader.isVisitingAdvocate || (childId !== null && reader.ownChildIds.has(childId));
}

export interface VisitChildrenView {
  /** The children the reader may see, with what they said: all for the visiting advocate, their own for a child's advocate, none otherwise. */
  childrenSpokenTo: ChildSpokenTo[];
  /** How many children were spoken to, which everyone who sees the visit may know. */
  childrenSpokenToCount: number;
  /** What the shared report may show of what children said, without names (the same for every reader). */
  sharedVoices: string[];
}

/** The children spoken to at a visit, as one reader may see them. */
export function childrenSpokenToAsSeenBy(reader: VisitReader, children: readonly ChildSpokenTo[]): VisitChildrenView {
  return {
    childrenSpokenTo: children.filter((c) => maySeeVisitChild(reader, c.childId)).map((c) => ({ ...c })),
    childrenSpokenToCount: children.length,
    sharedVoices: sharedVoices(children).map((c) => c.whatTheySaid),
  };
}

/** The child a recommendation concerns, as one reader may see it: null unless they may see that child in the report. */
export function recommendationChildAsSeenBy(reader: VisitReader, childId: string | null): string | null {
  return maySeeVisitChild(reader, childId) ? childId : null;
}
