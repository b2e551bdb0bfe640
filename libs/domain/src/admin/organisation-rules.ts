import { ukLongDate } from '../calendar/iso-date';

/** "1 child", "3 children". */
export function childrenCount(count: number): string {
  return count === 1 ? '1 child' : `${count} children`;
}

/** A DfE local authority number: exactly three digits. */
export function laCodeProblem(code: string): string | null {
  return /^\d{3}$/.test(code.trim()) ? null : 'Enter the local authority’s three-digit code, like 301.';
}

/**
 * The languages an advocate speaks as stored: each trimmed, blanks dropped, the same language (ignoring case) once, in
 * the order given. At least one is needed, so the "shared language" preference has something to match.
 */
export function cleanLanguages(languages: readonly string[]): { languages: string[] } | { problem: string } {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of languages) {
    const language = raw.trim().replace(/\s+/g, ' ');
    const key = language.toLowerCase();
    if (language === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(language);
  }
  return kept.length === 0 ? { problem: 'Enter at least one language the advocate speaks.' } : { languages: kept };
}

/** A cap below the children an advocate already has would break the caseload rule: reassign first. */
export function caseloadCapRefusal(caseloadCap: number, activeCaseload: number): string | null {
  return caseloadCap < activeCaseload ? `The cap cannot go below the advocate's current caseload of ${activeCaseload}: reassign children first.` : null;
}

/** Independence: an advocate employed by an LA never advocates for its children, so they may not become its employee while they do. */
export function employerRefusal(advocateName: string, laName: string, childrenInThatLa: number): string | null {
  if (childrenInThatLa === 0) return null;
  return `${advocateName} advocates for ${childrenCount(childrenInThatLa)} in ${laName}. An advocate employed by an LA never advocates for that LA's children: reassign them before recording ${laName} as the employer.`;
}

/** An advocate's children must stay within their provider's coverage: moving to a provider that does not cover them is refused. */
export function providerMoveRefusal(providerName: string, laName: string, childrenInThatLa: number): string | null {
  if (childrenInThatLa === 0) return null;
  return `${providerName} does not cover ${laName}, where ${childrenCount(childrenInThatLa)} this advocate represents ${childrenInThatLa === 1 ? 'lives' : 'live'}: reassign them or add the coverage first.`;
}

/** A provider stops covering an LA only when none of its advocates still represent that LA's children. */
export function coverageRemovalRefusal(providerName: string, laName: string, childrenStillRepresented: number): string | null {
  if (childrenStillRepresented === 0) return null;
  return `Advocates of ${providerName} still represent ${childrenCount(childrenStillRepresented)} in ${laName}: reassign them before ${providerName} stops covering ${laName}.`;
}

/** Away "until" a day already gone would mean nothing: the day must be today or later. */
export function unavailableUntilProblem(unavailableUntil: string, today: string): string | null {
  return unavailableUntil < today ? `The date the advocate is away until must be today or later: you entered ${ukLongDate(unavailableUntil)}.` : null;
}
