import {
  type CarePath,
  endOfStay,
  entryAgeDays,
  isUnaccompanied,
  legalRoute,
  meanCareDays,
  moveDays,
  placementProvider,
  placementType,
  reasonEnded,
  returnsToCare,
  stayFor,
} from './care-journeys';
import { ageOn, type Day, type WorkingDays } from './days';
import type { HomeIndex } from './homes';
import type { IdFactory } from './ids';
import { meetingDays } from './meeting-days';
import type { ChildPlan, LaPlan, PeriodPlan, Stint } from './model';
import { familyName, givenName } from './names';
import { LANGUAGES } from './organisations';
import { Prng } from './prng';

export interface PopulationContext {
  seed: number;
  today: Day;
  windowStart: Day;
  las: LaPlan[];
  homes: HomeIndex;
  ids: IdFactory;
  workingDays: WorkingDays;
}

const YEAR = 365.25;
const GROUP_SIZES = [
  [1, 75],
  [2, 17],
  [3, 6],
  [4, 2],
] as const;
const MEAN_GROUP_SIZE = 1.35;
/** Returns to care add about this share of entries. */
const RETURNS_FACTOR = 1.04;
const ETHNICITIES = [
  ['WBRI', 68],
  ['WOTH', 5],
  ['MWBC', 4],
  ['MWBA', 2],
  ['MWAS', 2],
  ['MOTH', 3],
  ['AIND', 1],
  ['APKN', 2],
  ['ABAN', 1],
  ['AOTH', 1],
  ['BCRB', 2],
  ['BAFR', 4],
  ['BOTH', 1],
  ['CHNE', 0.3],
  ['OOTH', 2],
  ['WIRT', 0.5],
  ['WROM', 0.7],
  ['NOBT', 0.5],
] as const;
const ARRIVAL_LANGUAGES = ['Arabic', 'Tigrinya', 'Kurdish', 'Pashto', 'Farsi', 'Vietnamese', 'Albanian', 'Amharic', 'Sudanese Arabic'];
const NEEDS = [
  'Autistic: prefers a visual timetable',
  'Uses Makaton',
  'Deaf: uses British Sign Language',
  'Learning disability: short sentences and pictures',
  'Speech and language needs: give time to answer',
  'ADHD: short meetings with breaks',
];

interface DraftPeriod {
  start: Day;
  end: Day;
  reachedEighteen: boolean;
  path: CarePath;
  reason: string;
}

interface DraftChild {
  dateOfBirth: Day;
  sex: '1' | '2';
  unaccompanied: boolean;
  familyName: string;
  periods: DraftPeriod[];
}

/**
 * Children and their periods of care, per LA: entries arrive at a steady rate (about 33,000 a year
 * nationally) for 18 years before the first reporting year, so those still looked after then form a
 * realistic stock (long stayers over-represented); only children looked after at some point in the
 * reporting years are kept.
 */
export function planChildren(ctx: PopulationContext): ChildPlan[] {
  const children: ChildPlan[] = [];
  for (const la of ctx.las) {
    const rng = Prng.for(ctx.seed, 'population', la.code);
    let sequence = 0;
    for (const group of draftGroups(rng, ctx, la)) {
      const sibling = group.length > 1 ? ctx.ids.next('child') : null;
      const ethnicity = rng.weighted(ETHNICITIES);
      group.forEach((draft, k) => {
        sequence += 1;
        const id = k === 0 && sibling !== null ? sibling : ctx.ids.next('child');
        children.push(childPlan(rng, ctx, la, draft, { index: children.length, id, siblingGroupId: sibling, sequence, ethnicity }));
      });
    }
  }
  return children;
}

function* draftGroups(rng: Prng, ctx: PopulationContext, la: LaPlan): Generator<DraftChild[]> {
  const groupsPerDay = la.target / (meanCareDays() * MEAN_GROUP_SIZE * RETURNS_FACTOR);
  let t = ctx.windowStart - Math.ceil(18 * YEAR) - 30;
  for (;;) {
    t += rng.exponential(1 / groupsPerDay);
    const start = Math.floor(t);
    if (start > ctx.today) return;
    const group = draftGroup(rng, start, ctx.today).filter((c) => c.periods.some((p) => p.start <= ctx.today && p.end >= ctx.windowStart));
    if (group.length > 0) yield group;
  }
}

function draftGroup(rng: Prng, start: Day, today: Day): DraftChild[] {
  const size = rng.weighted(GROUP_SIZES);
  const family = familyName(rng);
  const firstAge = entryAgeDays(rng);
  const unaccompanied = size === 1 && isUnaccompanied(rng, firstAge);
  const stay = stayFor(rng, firstAge, unaccompanied);
  return Array.from({ length: size }, (_, k) => {
    const age = k === 0 ? firstAge : Math.min(Math.floor(17.5 * YEAR), Math.max(0, firstAge + (rng.chance(0.5) ? 1 : -1) * rng.int(300, 6 * 365)));
    const dateOfBirth = start - age;
    const sex: '1' | '2' = rng.chance(unaccompanied ? 0.92 : 0.56) ? '1' : '2';
    const draftPeriod = (from: Day, path: CarePath, ending: { end: Day; reachedEighteen: boolean }): DraftPeriod => ({
      start: from,
      ...ending,
      path,
      reason: reasonEnded(rng, path, ending.reachedEighteen, ageOn(dateOfBirth, ending.end), unaccompanied),
    });
    const periods: DraftPeriod[] = [draftPeriod(start, stay.path, endOfStay(start, dateOfBirth, stay))];
    for (let again = 0; again < 2; again += 1) {
      const last = periods[periods.length - 1] as DraftPeriod;
      if (last.end > today || !returnsToCare(rng, last.reason, ageOn(dateOfBirth, last.end))) break;
      const restart = last.end + rng.int(60, 900);
      if (restart > today || ageOn(dateOfBirth, restart) >= 17) break;
      const next = stayFor(rng, restart - dateOfBirth, false);
      periods.push(draftPeriod(restart, next.path, endOfStay(restart, dateOfBirth, next)));
    }
    return { dateOfBirth, sex, unaccompanied, familyName: family, periods };
  });
}

interface ChildIdentity {
  index: number;
  id: string;
  siblingGroupId: string | null;
  sequence: number;
  ethnicity: string;
}

function childPlan(rng: Prng, ctx: PopulationContext, la: LaPlan, draft: DraftChild, who: ChildIdentity): ChildPlan {
  const periods = draft.periods.map((p) => periodPlan(rng, ctx, la, draft, p));
  const lastStint = periods[periods.length - 1]?.stints.at(-1);
  const given = givenName(rng, draft.sex);
  const english = !draft.unaccompanied && (who.ethnicity === 'WBRI' || rng.chance(0.8));
  return {
    index: who.index,
    id: who.id,
    laIndex: la.index,
    ref: `${la.code}-${String(who.sequence).padStart(6, '0')}`,
    givenName: given,
    familyName: draft.familyName,
    preferredName: rng.chance(0.08) ? givenName(rng, draft.sex) : null,
    dateOfBirth: draft.dateOfBirth,
    sex: draft.sex,
    ethnicity: draft.unaccompanied
      ? rng.weighted([
          ['OOTH', 30],
          ['AOTH', 30],
          ['BAFR', 25],
          ['WOTH', 15],
        ] as const)
      : who.ethnicity,
    firstLanguage: draft.unaccompanied ? rng.pick(ARRIVAL_LANGUAGES) : english ? 'English' : rng.pick(LANGUAGES.slice(0, -1)),
    communicationNeeds: draft.unaccompanied && rng.chance(0.7) ? 'Needs an interpreter' : rng.chance(0.06) ? rng.pick(NEEDS) : null,
    unaccompanied: draft.unaccompanied,
    siblingGroupId: who.siblingGroupId,
    socialWorker: rng.int(0, la.socialWorkers.length - 1),
    placementProvider: placementProvider(rng, lastStint?.type ?? 'U6'),
    periods,
    assignments: [],
    optedOut: [],
  };
}

function periodPlan(rng: Prng, ctx: PopulationContext, la: LaPlan, child: DraftChild, draft: DraftPeriod): PeriodPlan {
  const ended = draft.end <= ctx.today;
  const asOf = ended ? draft.end : ctx.today;
  const route = legalRoute(rng, draft.path, draft.start, asOf, ageOn(child.dateOfBirth, draft.start), child.unaccompanied);
  const stints: Stint[] = [draft.start, ...moveDays(rng, draft.start, asOf)].map((start) => {
    const type = placementType(rng, ageOn(child.dateOfBirth, start), child.unaccompanied);
    return { start, type, home: type === 'K2' ? pickHome(rng, ctx.homes, la) : -1 };
  });
  if (draft.path === 'ADOPTION' && ended && draft.end - draft.start > 200) {
    const placedOn = draft.end - rng.int(60, 180);
    if (placedOn > (stints.at(-1)?.start ?? draft.start)) stints.push({ start: placedOn, type: rng.chance(0.5) ? 'A5' : 'A6', home: -1 });
  }
  const familyGroupOn = rng.chance(0.1) ? draft.start + rng.int(10, 200) : null;
  const meetings = meetingDays(rng, draft.start, ended ? draft.end : null, ctx.today, ctx.workingDays);
  return {
    id: ctx.ids.next('careEpisode'),
    start: draft.start,
    end: ended ? draft.end : null,
    legalStatus: route.legalStatus,
    reasonEnded: ended ? draft.reason : null,
    stints,
    proceedingsOn: route.proceedingsOn,
    familyGroupOn: familyGroupOn !== null && familyGroupOn <= asOf ? familyGroupOn : null,
    meetings: meetings.held,
    nextMeeting: meetings.next,
  };
}

function pickHome(rng: Prng, homes: HomeIndex, la: LaPlan): number {
  const own = homes.byLa[la.index] ?? [];
  const region = homes.byRegion[la.region] ?? [];
  if (own.length > 0 && rng.chance(0.55)) return rng.pick(own);
  if (region.length > 0) return rng.pick(region);
  return rng.int(0, homes.homes.length - 1);
}
