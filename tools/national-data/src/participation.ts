import type { Prng } from './prng';

/**
 * The child's SSDA903 participation code at a meeting: PN0 under 4; otherwise attendance rising
 * with age (about 35% at 5–9, 50% at 10–12, 65% at 13–15, 80% at 16+, a little more with an
 * advocate), and the advocate-led codes (PN2, PN5) only when the child has an advocate.
 */
export function participationCode(rng: Prng, age: number, withAdvocate: boolean): string {
  if (age < 4) return 'PN0';
  const attends = (age < 10 ? 0.35 : age < 13 ? 0.5 : age < 16 ? 0.65 : 0.8) + (withAdvocate ? 0.05 : 0);
  if (rng.chance(attends)) {
    const code = rng.weighted([
      ['PN1', 55],
      ['PN2', 22],
      ['PN3', age < 10 ? 16 : 8],
      ['PN4', 13],
    ] as const);
    return code === 'PN2' && !withAdvocate ? 'PN1' : code;
  }
  const code = rng.weighted([
    ['PN5', 40],
    ['PN6', 40],
    ['PN7', 20],
  ] as const);
  return code === 'PN5' && !withAdvocate ? 'PN6' : code;
}
