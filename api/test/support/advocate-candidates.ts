import type { AdvocateCandidate } from '@heard/domain';

/** An active, available advocate of provider `p-1`, as the assignment rule sees them (for the engines' unit tests). */
export const advocateCandidate = (id: string, cap: number, caseload: number, languages: string[] = ['English']): AdvocateCandidate => ({
  id,
  providerId: 'p-1',
  employingLaId: null,
  active: true,
  unavailableUntil: null,
  caseloadCap: cap,
  activeCaseload: caseload,
  languages,
});
