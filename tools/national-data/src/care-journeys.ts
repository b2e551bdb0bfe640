import { birthday, type Day } from './days';
import { Prng } from './prng';

/**
 * How a period of care runs: the child's age on entry, how long they stay, why it ends, their legal
 * status and placements. Proportions follow the DfE's looked-after statistics in broad strokes.
 */
export type CarePath = 'SHORT' | 'MEDIUM' | 'LONG' | 'ADOPTION' | 'TO_EIGHTEEN';

const YEAR = 365.25;

/** Age on entering care, in days: under 1 (19%), 1–4 (14%), 5–9 (16%), 10–15 (35%), 16–17 (16%). */
export function entryAgeDays(rng: Prng): number {
  const [from, to] = rng.weighted([
    [[0, 1], 19],
    [[1, 5], 14],
    [[5, 10], 16],
    [[10, 16], 35],
    [[16, 18], 16],
  ] as const);
  return Math.floor((from + rng.next() * (to - from)) * YEAR);
}

export interface Stay {
  days: number;
  path: CarePath;
}

/** How long a period of care lasts (before the 18th birthday cap). */
export function stayFor(rng: Prng, ageDays: number, unaccompanied: boolean): Stay {
  if (unaccompanied) return rng.chance(0.85) ? { days: 20 * YEAR, path: 'TO_EIGHTEEN' } : { days: rng.logNormal(300, 0.5), path: 'MEDIUM' };
  const roll = rng.next();
  if (roll < 0.28) return { days: 1 + rng.exponential(75), path: 'SHORT' };
  if (roll < 0.58) return { days: rng.logNormal(560, 0.55), path: 'MEDIUM' };
  if (ageDays < 4 * YEAR) return rng.chance(0.55) ? { days: rng.logNormal(700, 0.3), path: 'ADOPTION' } : { days: rng.logNormal(1600, 0.5), path: 'LONG' };
  return rng.chance(0.6) ? { days: 20 * YEAR, path: 'TO_EIGHTEEN' } : { days: rng.logNormal(1900, 0.5), path: 'LONG' };
}

/** The period's end: the stay, cut at the 18th birthday (care ends on it). */
export function endOfStay(start: Day, dateOfBirth: Day, stay: Stay): { end: Day; reachedEighteen: boolean } {
  const eighteen = birthday(dateOfBirth, 18);
  const end = start + Math.max(1, Math.round(stay.days));
  return end >= eighteen ? { end: Math.max(start + 1, eighteen), reachedEighteen: true } : { end, reachedEighteen: false };
}

/** REC, the reason the period ended. */
export function reasonEnded(rng: Prng, path: CarePath, reachedEighteen: boolean, ageAtEnd: number, unaccompanied: boolean): string {
  if (reachedEighteen)
    return rng.weighted([
      ['E17', 30],
      ['E5', 25],
      ['E6', 8],
      ['E8', 30],
      ['E7', 2],
    ] as const);
  if (unaccompanied)
    return rng.weighted([
      ['E15', 30],
      ['E8', 40],
      ['E16', 10],
      ['E13', 20],
    ] as const);
  if (path === 'ADOPTION')
    return rng.weighted([
      ['E11', 55],
      ['E12', 45],
    ] as const);
  if (path === 'LONG' && ageAtEnd < 8)
    return rng.weighted([
      ['E45', 30],
      ['E46', 15],
      ['E47', 25],
      ['E48', 10],
      ['E41', 20],
    ] as const);
  return rng.weighted([
    ['E4A', 45],
    ['E4B', 8],
    ['E13', 12],
    ['E41', 7],
    ['E45', 6],
    ['E47', 6],
    ['E3', 3],
    ['E8', 7],
    ['E9', ageAtEnd >= 14 ? 2 : 0],
    ['E16', 1],
    ['E2', 0.2],
  ] as const);
}

/** A period that ended with the child going home may be followed by a return to care. */
export function returnsToCare(rng: Prng, reason: string, ageAtEnd: number): boolean {
  return ['E4A', 'E4B', 'E13'].includes(reason) && ageAtEnd < 15 && rng.chance(0.12);
}

export interface LegalRoute {
  legalStatus: string;
  proceedingsOn: Day | null;
}

/** LS at the end of the period (or today), and when care proceedings started, if they did. */
export function legalRoute(rng: Prng, path: CarePath, start: Day, asOf: Day, ageYears: number, unaccompanied: boolean): LegalRoute {
  if (unaccompanied) return { legalStatus: 'V2', proceedingsOn: null };
  const chance = path === 'SHORT' ? 0.25 : path === 'MEDIUM' ? 0.6 : 0.85;
  if (rng.chance(chance)) {
    const proceedingsOn = start + rng.int(0, 45);
    if (proceedingsOn <= asOf) return { legalStatus: asOf - proceedingsOn < 240 ? 'C1' : path === 'ADOPTION' ? 'E1' : 'C2', proceedingsOn };
  }
  if (ageYears >= 12 && rng.chance(0.06)) return { legalStatus: 'J1', proceedingsOn: null };
  return { legalStatus: path === 'SHORT' && rng.chance(0.1) ? 'L2' : 'V2', proceedingsOn: null };
}

/** PLACE for a placement starting at this age. */
export function placementType(rng: Prng, ageYears: number, unaccompanied: boolean): string {
  if (unaccompanied)
    return ageYears >= 16
      ? rng.weighted([
          ['H5', 60],
          ['U6', 25],
          ['K2', 10],
          ['P2', 5],
        ] as const)
      : rng.weighted([
          ['U6', 60],
          ['K2', 30],
          ['U3', 10],
        ] as const);
  if (ageYears < 1)
    return rng.weighted([
      ['U6', 60],
      ['U3', 22],
      ['U5', 8],
      ['P1', 4],
      ['R3', 6],
    ] as const);
  if (ageYears < 5)
    return rng.weighted([
      ['U6', 58],
      ['U3', 22],
      ['U4', 6],
      ['P1', 8],
      ['U2', 3],
    ] as const);
  if (ageYears < 10)
    return rng.weighted([
      ['U6', 45],
      ['U4', 22],
      ['U3', 15],
      ['U1', 6],
      ['P1', 6],
      ['K2', 4],
      ['S1', 1],
    ] as const);
  if (ageYears < 16)
    return rng.weighted([
      ['U6', 34],
      ['U4', 20],
      ['U3', 10],
      ['U1', 5],
      ['K2', 20],
      ['P1', 5],
      ['S1', 2],
      ['K1', 1],
      ['R5', 0.5],
      ['Z1', 1],
    ] as const);
  return rng.weighted([
    ['U6', 18],
    ['U4', 12],
    ['U3', 4],
    ['K2', 14],
    ['H5', 38],
    ['P2', 10],
    ['U1', 3],
    ['R5', 1],
  ] as const);
}

/** PLACE_PROVIDER for a placement type. */
export function placementProvider(rng: Prng, type: string): string {
  if (type === 'P1') return 'PR0';
  if (type === 'K2' || type === 'H5')
    return rng.weighted([
      ['PR4', 72],
      ['PR1', 22],
      ['PR5', 6],
    ] as const);
  if (type.startsWith('U'))
    return rng.weighted([
      ['PR1', 55],
      ['PR4', 40],
      ['PR5', 5],
    ] as const);
  return 'PR1';
}

/** Placement moves: about one every two years in care, at most six. */
export function moveDays(rng: Prng, start: Day, asOf: Day): Day[] {
  const years = Math.max(0, asOf - start) / YEAR;
  let moves = 0;
  const limit = Math.exp(-0.45 * years);
  for (let p = rng.next(); p > limit && moves < 6; p *= rng.next()) moves += 1;
  const days = Array.from({ length: moves }, () => start + 1 + Math.floor(rng.next() * Math.max(1, asOf - start - 1)));
  return [...new Set(days)].filter((d) => d > start && d <= asOf).sort((a, b) => a - b);
}

/** About 7% of children entering care are unaccompanied asylum-seeking children, nearly all 14 or older. */
export function isUnaccompanied(rng: Prng, ageDays: number): boolean {
  return ageDays >= 14 * YEAR && rng.chance(0.25);
}

let meanCache: number | undefined;

/** The mean length of a period of care in days, from the model above (a fixed sample: no seed involved). */
export function meanCareDays(): number {
  if (meanCache !== undefined) return meanCache;
  const rng = new Prng(20_250_331);
  let total = 0;
  const samples = 40_000;
  for (let i = 0; i < samples; i += 1) {
    const age = entryAgeDays(rng);
    const unaccompanied = isUnaccompanied(rng, age);
    const stay = stayFor(rng, age, unaccompanied);
    total += endOfStay(0, -age, stay).end;
  }
  meanCache = total / samples;
  return meanCache;
}
