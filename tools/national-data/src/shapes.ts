/**
 * The shape of England's children's social care, as the generator models it: national sizes, how
 * they shrink with `--scale`, and the distributions drawn from. Figures follow the DfE's "Children
 * looked after in England" statistics (about 82,000 looked after on 31 March across 153 LAs, about
 * 33,000 starting and 33,000 ceasing each year) and the product brief.
 */
export const NATIONAL = {
  localAuthorities: 153,
  childrenInCare: 82_000,
  entriesPerYear: 33_000,
  smallestLa: 30,
  largestLa: 5_500,
  providers: 24,
  /** Advocates are sized so that a provider's average caseload is this, under caps of about 40. */
  childrenPerAdvocate: 34,
  homes: 2_900,
  commissionerStaff: 25,
  managersPerLa: 3,
  childrenPerSocialWorker: 16,
  socialWorkersPerTeamManager: 7,
} as const;

/** England's nine regions and how many LAs each has (153 in all). */
export const REGIONS: ReadonlyArray<{ name: string; localAuthorities: number }> = [
  { name: 'North East', localAuthorities: 12 },
  { name: 'North West', localAuthorities: 23 },
  { name: 'Yorkshire and the Humber', localAuthorities: 15 },
  { name: 'East Midlands', localAuthorities: 10 },
  { name: 'West Midlands', localAuthorities: 14 },
  { name: 'East of England', localAuthorities: 11 },
  { name: 'London', localAuthorities: 33 },
  { name: 'South East', localAuthorities: 19 },
  { name: 'South West', localAuthorities: 16 },
];

export const MIN_SCALE = 0.001;
export const MAX_SCALE = 2;

/** The counts that follow from `--scale` (the integration test asserts them). */
export interface ScaleShape {
  localAuthorities: number;
  /** Children looked after at any one time, summed over the LAs' targets. */
  childrenInCare: number;
  providers: number;
  advocates: number;
  homes: number;
  commissionerStaff: number;
  managersPerLa: number;
}

/**
 * A fraction of the country keeps its structure: fewer LAs (with the square root of the scale),
 * each smaller; one provider per group of LAs; advocates sized to the children.
 */
export function shapeFor(scale: number): ScaleShape {
  const root = Math.sqrt(scale);
  const childrenInCare = Math.round(NATIONAL.childrenInCare * scale);
  const providers = clamp(Math.round(NATIONAL.providers * root), 1, NATIONAL.providers);
  const localAuthorities = clamp(Math.round(NATIONAL.localAuthorities * root), 2, NATIONAL.localAuthorities);
  return {
    localAuthorities,
    childrenInCare,
    providers,
    advocates: Math.max(providers, Math.ceil(childrenInCare / NATIONAL.childrenPerAdvocate)),
    homes: Math.max(localAuthorities, Math.round(NATIONAL.homes * scale)),
    commissionerStaff: Math.max(2, Math.round(NATIONAL.commissionerStaff * root)),
    managersPerLa: NATIONAL.managersPerLa,
  };
}

/**
 * LA sizes (children looked after), smallest first: log-normal quantiles, the smallest and largest
 * pinned to the national extremes and the rest scaled so they sum to the national total.
 */
export function nationalLaSizes(): number[] {
  const n = NATIONAL.localAuthorities;
  const raw = Array.from({ length: n }, (_, i) => Math.exp(0.9 * inverseNormal((i + 0.5) / n)));
  const middle = raw.slice(1, -1);
  const middleTarget = NATIONAL.childrenInCare - NATIONAL.smallestLa - NATIONAL.largestLa;
  const factor = middleTarget / middle.reduce((a, b) => a + b, 0);
  const sizes = [NATIONAL.smallestLa, ...middle.map((r) => Math.max(NATIONAL.smallestLa, Math.round(r * factor))), NATIONAL.largestLa];
  return sizes;
}

/** Acklam's rational approximation of the standard normal quantile. */
function inverseNormal(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder), each at least `minimum`. */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - minimum * weights.length;
  const exact = weights.map((w) => (sum === 0 ? 0 : (w / sum) * Math.max(0, spare)));
  const parts = exact.map((e) => Math.floor(e));
  let left = Math.max(0, spare) - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((p) => p + minimum);
}
