/** An advocate who might take a child, as the assignment rule sees them. */
export interface AdvocateCandidate {
  id: string;
  providerId: string;
  /** The LA that employs this person, if any: they may never advocate for that LA's children. */
  employingLaId: string | null;
  active: boolean;
  /** Away up to and including this day (`availableOn`): not given new children until the day after; null when available. */
  unavailableUntil: string | null;
  caseloadCap: number;
  activeCaseload: number;
  languages: readonly string[];
}

export interface ChildForAssignment {
  localAuthorityId: string;
  /** The day the assignment would start (an advocate away that day is not chosen). */
  startsOn: string;
  firstLanguage: string | null;
  /** The child's earlier advocates, most recent first. */
  previousAdvocateIds: readonly string[];
  /** Advocates currently assigned to the child's brothers and sisters. */
  siblingAdvocateIds: readonly string[];
  /** An unaccompanied asylum-seeking child who needs an interpreter (`interpreterNeeded` in children/). */
  interpreterNeeded: boolean;
}

export type AssignmentReason = 'PREVIOUS_ADVOCATE' | 'SIBLING_ADVOCATE' | 'SHARED_LANGUAGE' | 'LOWEST_CASELOAD';

export type AssignmentChoice =
  { kind: 'ASSIGN'; advocateId: string; reason: AssignmentReason } | { kind: 'QUEUE'; reason: 'NO_PROVIDER_COVERS_LA' | 'NO_CAPACITY' };

/** Whether an advocate away up to and including `unavailableUntil` may be given a new child on `day` (ISO dates). */
export function availableOn(unavailableUntil: string | null, day: string): boolean {
  return unavailableUntil === null || day > unavailableUntil;
}

const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function byLowestCaseload(a: AdvocateCandidate, b: AdvocateCandidate): number {
  return a.activeCaseload - b.activeCaseload || b.caseloadCap - a.caseloadCap || a.id.localeCompare(b.id);
}

/**
 * Who advocates for a child: someone from a provider that covers the child's LA, never employed
 * by that LA, active, available on the day it starts (not away: `availableOn`) and under their cap; preferring the child's previous advocate, then a
 * sibling's advocate, then someone who speaks the child's first language, then the lowest caseload.
 * For a child who needs an interpreter and whose first language is known, a speaker of that
 * language comes before a sibling's advocate (the previous advocate still comes first: continuity).
 */
export function chooseAdvocate(child: ChildForAssignment, candidates: readonly AdvocateCandidate[], coveringProviderIds: readonly string[]): AssignmentChoice {
  const covering = new Set(coveringProviderIds);
  const independent = candidates.filter((c) => covering.has(c.providerId) && c.employingLaId !== child.localAuthorityId && c.active);
  if (independent.length === 0) return { kind: 'QUEUE', reason: 'NO_PROVIDER_COVERS_LA' };
  const eligible = independent.filter((c) => availableOn(c.unavailableUntil, child.startsOn) && c.activeCaseload < c.caseloadCap).sort(byLowestCaseload);
  if (eligible.length === 0) return { kind: 'QUEUE', reason: 'NO_CAPACITY' };
  for (const previousId of child.previousAdvocateIds) {
    const previous = eligible.find((c) => c.id === previousId);
    if (previous !== undefined) return { kind: 'ASSIGN', advocateId: previous.id, reason: 'PREVIOUS_ADVOCATE' };
  }
  const speaker = speakerOf(child.firstLanguage, eligible);
  if (child.interpreterNeeded && speaker !== undefined) return { kind: 'ASSIGN', advocateId: speaker.id, reason: 'SHARED_LANGUAGE' };
  const sibling = eligible.find((c) => child.siblingAdvocateIds.includes(c.id));
  if (sibling !== undefined) return { kind: 'ASSIGN', advocateId: sibling.id, reason: 'SIBLING_ADVOCATE' };
  if (speaker !== undefined) return { kind: 'ASSIGN', advocateId: speaker.id, reason: 'SHARED_LANGUAGE' };
  const lowest = eligible[0];
  return lowest === undefined ? { kind: 'QUEUE', reason: 'NO_CAPACITY' } : { kind: 'ASSIGN', advocateId: lowest.id, reason: 'LOWEST_CASELOAD' };
}

/** The first of `eligible` (lowest caseload first) who speaks the child's first language, when it is known and not English. */
function speakerOf(language: string | null, eligible: readonly AdvocateCandidate[]): AdvocateCandidate | undefined {
  if (language === null || language.trim() === '' || sameLanguage(language, 'English')) return undefined;
  return eligible.find((c) => c.languages.some((l) => sameLanguage(l, language)));
}
