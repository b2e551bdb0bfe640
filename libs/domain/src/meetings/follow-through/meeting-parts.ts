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

/**
 * The significant decisions the child missed that their advocate has not yet recorded telling them about: an open
 * task for the advocate until each has a briefing.
 */
export function decisionsChildNotYetTold(parts: readonly MeetingPart[], decisions: readonly PartDecision[], briefedDecisionIds: ReadonlySet<string>): string[] {
  return significantDecisionsChildMissed(parts, decisions).filter((id) => !briefedDecisionIds.has(id));
}

/** Why the advocate cannot record telling the child about this decision, or null when they may. */
export function missedDecisionBriefingRefusal(decision: PartDecision, parts: readonly MeetingPart[]): string | null {
  if (!decision.significant) return 'Only a significant decision taken while the child was not there needs to be told to the child.';
  if (!significantDecisionsChildMissed(parts, [decision]).includes(decision.id))
    return 'This decision was not taken in a part of the meeting the child missed.';
  return null;
}
