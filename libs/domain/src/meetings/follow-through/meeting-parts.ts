/** A part of a meeting held in parts, and whether the child was in it. */
export interface MeetingPart {
  id: string;
  childAttended: boolean;
}

export interface PartDecision {
  id: string;
  partId: string | null;
  significant: boolean;
}

/**
 * The significant decisions taken in a part of the meeting the child did not attend: the advocate must record that
 * the child was told of each, and what they said. A decision with no part belongs to a meeting held in one piece.
 */
export function significantDecisionsChildMissed(parts: readonly MeetingPart[], decisions: readonly PartDecision[]): string[] {
  const missed = new Set(parts.filter((p) => !p.childAttended).map((p) => p.id));
  return decisions.filter((d) => d.significant && d.partId !== null && missed.has(d.partId)).map((d) => d.id);
}
