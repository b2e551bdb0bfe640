import type { IdFactory } from './ids';
import type { HomePlan, LaPlan } from './model';
import { address, HOME_OPERATORS, slug } from './names';
import { Prng } from './prng';
import { apportion, clamp, type ScaleShape } from './shapes';

const HOME_WORDS = ['House', 'Lodge', 'View', 'Cottage', 'Court', 'Gardens'];
const HOME_STEMS = ['Oakfield', 'Meadow', 'Willow', 'Beech', 'Orchard', 'Hill', 'Brook', 'Elm', 'Rowan', 'Holly', 'Cedar', 'Larch', 'Ivy', 'Fern'];

export interface HomeIndex {
  homes: HomePlan[];
  /** Homes located in each LA, and in each region. */
  byLa: number[][];
  byRegion: number[][];
}

/** Children's homes, spread over the LAs in proportion to their size (at least one in each). */
export function planHomes(seed: number, shape: ScaleShape, las: LaPlan[], ids: IdFactory): HomeIndex {
  const rng = Prng.for(seed, 'homes');
  const perLa = apportion(
    shape.homes,
    las.map((la) => la.target),
    1,
  );
  const homes: HomePlan[] = [];
  const byLa: number[][] = las.map(() => []);
  const byRegion: number[][] = [];
  las.forEach((la, l) => {
    for (let k = 0; k < (perLa[l] ?? 1); k += 1) {
      const index = homes.length;
      const name = `${rng.pick(HOME_STEMS)} ${rng.pick(HOME_WORDS)}`;
      homes.push({
        index,
        id: ids.next('home'),
        laIndex: l,
        name,
        operator: rng.pick(HOME_OPERATORS),
        contactEmail: `registered.manager@${slug(name)}-${index + 1}.example`,
        urn: `SC${700000 + index}`,
        address: address(rng, la.town),
        quality: clamp(0.74 + 0.12 * rng.normal(), 0.35, 0.97),
      });
      (byLa[l] as number[]).push(index);
      (byRegion[la.region] ??= []).push(index);
    }
  });
  return { homes, byLa, byRegion };
}
