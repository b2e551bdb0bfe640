import type { Day } from './days';
import type { IdFactory } from './ids';
import type { AdvocatePlan, CommissionerPlan, LaPlan, ProviderPlan } from './model';
import { personName, placeNames, PROVIDER_NAMES } from './names';
import { Prng } from './prng';
import { apportion, NATIONAL, nationalLaSizes, REGIONS, type ScaleShape } from './shapes';

/** Languages advocates speak besides English, and that children speak as a first language. */
export const LANGUAGES = [
  'Polish',
  'Urdu',
  'Bengali',
  'Arabic',
  'Romanian',
  'Punjabi',
  'Somali',
  'Portuguese',
  'Gujarati',
  'Turkish',
  'Tigrinya',
  'Kurdish',
  'Pashto',
  'Farsi',
  'Albanian',
  'Lithuanian',
  'Vietnamese',
  'British Sign Language',
] as const;

const LONDON_CODES = [...range(202, 213), ...range(301, 321)];
/** Three-digit codes in the DfE's style; 901 to 903 belong to the demo and are never used. */
const OTHER_CODES = [...range(330, 399), ...range(800, 846), ...range(904, 906)];

export interface Organisations {
  las: LaPlan[];
  providers: ProviderPlan[];
  advocates: AdvocatePlan[];
  commissioners: CommissionerPlan[];
  adminUserId: string;
}

interface LaDraft {
  region: number;
  town: string;
  size: number;
}

/** LAs (with their staff), providers and their coverage, advocates, Commissioner staff. */
export function planOrganisations(seed: number, shape: ScaleShape, windowStart: Day, ids: IdFactory): Organisations {
  const rng = Prng.for(seed, 'organisations');
  const las = planLocalAuthorities(rng, shape, windowStart, ids);
  const providers = planProviders(rng, shape, las, ids);
  const advocates = planAdvocates(rng, shape, las, providers, ids);
  const commissioners = Array.from({ length: shape.commissionerStaff }, (_, i) => {
    const name = personName(rng);
    return { userId: ids.next('user'), email: `commissioner${i + 1}@national.heard`, displayName: `${name.given} ${name.family}` };
  });
  return { las, providers, advocates, commissioners, adminUserId: ids.next('user') };
}

function planLocalAuthorities(rng: Prng, shape: ScaleShape, windowStart: Day, ids: IdFactory): LaPlan[] {
  const towns = placeNames(rng, NATIONAL.localAuthorities);
  const sizes = rng.shuffle(nationalLaSizes());
  const national: LaDraft[] = REGIONS.flatMap((region, r) => Array.from({ length: region.localAuthorities }, () => ({ region: r, town: '', size: 0 })));
  national.forEach((la, i) => Object.assign(la, { town: towns[i] ?? `Town ${i}`, size: sizes[i] ?? NATIONAL.smallestLa }));
  // A fraction of the country: LAs spread evenly over the range of sizes.
  const bySize = [...national].sort((a, b) => a.size - b.size || a.town.localeCompare(b.town));
  const n = shape.localAuthorities;
  const picked = n >= bySize.length ? bySize : Array.from({ length: n }, (_, j) => bySize[Math.round(((j + 0.5) * bySize.length) / n - 0.5)] as LaDraft);
  const ordered = [...new Set(picked)].sort((a, b) => a.region - b.region || a.town.localeCompare(b.town));
  const targets = apportion(
    shape.childrenInCare,
    ordered.map((la) => la.size),
    3,
  );
  const rankOf = new Map([...ordered].sort((a, b) => b.size - a.size).map((la, i) => [la, i / ordered.length]));
  const london = REGIONS.findIndex((r) => r.name === 'London');
  let londonCode = 0;
  let otherCode = 0;
  const plans = ordered.map((la, i) => {
    const isLondon = la.region === london;
    const code = String(isLondon ? LONDON_CODES[londonCode++] : OTHER_CODES[otherCode++]);
    const rank = rankOf.get(la) ?? 1;
    const name = isLondon
      ? `London Borough of ${la.town}`
      : rank < 0.15
        ? `${la.town} County Council`
        : rank < 0.4
          ? `${la.town} City Council`
          : i % 2 === 0
            ? `${la.town} Borough Council`
            : `${la.town} Council`;
    return { la, code, name, target: targets[i] ?? 3 };
  });
  plans.sort((a, b) => a.code.localeCompare(b.code));
  return plans.map((p, index) => {
    const managerUserIds = Array.from({ length: shape.managersPerLa }, () => ids.next('user'));
    const socialWorkerCount = Math.max(2, Math.ceil(p.target / NATIONAL.childrenPerSocialWorker));
    const teamManagerIds = Array.from({ length: Math.max(shape.managersPerLa, Math.ceil(socialWorkerCount / NATIONAL.socialWorkersPerTeamManager)) }, () =>
      ids.next('laStaff'),
    );
    const socialWorkers = Array.from({ length: socialWorkerCount }, (_, k) => ({
      id: ids.next('laStaff'),
      managerId: teamManagerIds[k % teamManagerIds.length] as string,
    }));
    return {
      index,
      id: ids.next('localAuthority'),
      code: p.code,
      name: p.name,
      town: p.la.town,
      region: p.la.region,
      target: p.target,
      goLive: windowStart + rng.int(0, 27),
      managerUserIds,
      teamManagerIds,
      socialWorkers,
      providers: [],
    };
  });
}

/** Providers cover contiguous groups of LAs (by region) of about equal size; some also cover the next group. */
function planProviders(rng: Prng, shape: ScaleShape, las: LaPlan[], ids: IdFactory): ProviderPlan[] {
  const count = Math.min(shape.providers, las.length);
  const ordered = [...las].sort((a, b) => a.region - b.region || a.name.localeCompare(b.name));
  const total = ordered.reduce((sum, la) => sum + la.target, 0);
  const groups: number[][] = Array.from({ length: count }, () => []);
  let cumulative = 0;
  ordered.forEach((la) => {
    const middle = cumulative + la.target / 2;
    cumulative += la.target;
    (groups[Math.min(count - 1, Math.floor((middle / total) * count))] as number[]).push(la.index);
  });
  for (let g = 0; g < count; g += 1) {
    if ((groups[g] as number[]).length === 0) {
      const donor = groups.findIndex((members) => members.length > 1);
      (groups[g] as number[]).push((groups[donor] as number[]).pop() as number);
    }
  }
  for (const [p, members] of groups.entries()) for (const la of members) (las[la] as LaPlan).providers.push(p);
  return groups.map((members, p) => {
    const extra = count > 1 && rng.chance(0.35) ? (groups[(p + 1) % count] as number[]) : [];
    for (const la of extra) (las[la] as LaPlan).providers.push(p);
    return {
      index: p,
      id: ids.next('provider'),
      name: PROVIDER_NAMES[p] ?? `Advocacy Provider ${p + 1}`,
      localAuthorities: [...members, ...extra],
      advocates: [],
    };
  });
}

function planAdvocates(rng: Prng, shape: ScaleShape, las: LaPlan[], providers: ProviderPlan[], ids: IdFactory): AdvocatePlan[] {
  const own = providers.map((p) => p.localAuthorities.filter((la) => (las[la] as LaPlan).providers[0] === p.index));
  const perProvider = apportion(
    shape.advocates,
    own.map((members) => members.reduce((sum, la) => sum + (las[la] as LaPlan).target, 0)),
    1,
  );
  const advocates: AdvocatePlan[] = [];
  providers.forEach((provider, p) => {
    for (let k = 0; k < (perProvider[p] ?? 1); k += 1) {
      const index = advocates.length;
      const first = index === 0;
      const name = personName(rng);
      const employingLa = !first && provider.localAuthorities.length > 1 && rng.chance(0.03) ? rng.pick(provider.localAuthorities) : -1;
      advocates.push({
        index,
        id: ids.next('advocate'),
        userId: ids.next('user'),
        email: `advocate${index + 1}@national.heard`,
        displayName: `${name.given} ${name.family}`,
        provider: p,
        employingLa,
        cap: first
          ? 40
          : rng.weighted([
              [40, 72],
              [45, 12],
              [30, 11],
              [25, 5],
            ] as const),
        languages: !first && rng.chance(0.25) ? ['English', rng.pick(LANGUAGES)] : ['English'],
        phone: `0300 ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
        active: true,
      });
      provider.advocates.push(index);
    }
  });
  return advocates;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
