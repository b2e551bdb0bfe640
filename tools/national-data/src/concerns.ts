import { CONCERN_THEMES, type StageDeadlines, type WorkingDayCalendar } from '@heard/domain';
import type { BulkTable, BulkWriter } from './bulk-insert';
import { assignmentOn, optedOutOn } from './child-timeline';
import { HIGHEST_STAGE, playConcern } from './concern-plot';
import { ConcernStory, type StoryEvent } from './concern-story';
import { ageOn, at, type Day, iso, type WorkingDays, yearOf } from './days';
import type { OpenChildRecommendation } from './home-visits';
import type { IdFactory } from './ids';
import type { DriftedAction } from './meetings';
import type { AdvocatePlan, ChildPlan, LaPlan, NationalPlan } from './model';
import { Prng } from './prng';
import { TABLES } from './tables';
import { CONCERN_TEXTS } from './texts';

export interface ConcernsContext {
  plan: NationalPlan;
  ids: IdFactory;
  calendar: WorkingDayCalendar;
  workingDays: WorkingDays;
  deadlines: StageDeadlines;
  advance: (fraction: number) => void;
  /** The children this lane writes (indexes, ascending). */
  members: readonly number[];
}

interface Raise {
  day: Day;
  themes: string[];
  fromActionId: string | null;
  fromRecommendationId: string | null;
}

/** Concerns raised per child per year with an advocate (and not opted out). */
const CONCERNS_PER_YEAR = 0.12;
const THEME_WEIGHTS: Readonly<Record<(typeof CONCERN_THEMES)[number], number>> = {
  PLACEMENT_STABILITY: 15,
  CONTACT_WITH_FAMILY: 14,
  SIBLINGS: 7,
  EDUCATION: 11,
  HEALTH: 6,
  MENTAL_HEALTH: 10,
  IDENTITY_AND_CULTURE: 4,
  LEAVING_CARE: 6,
  SAFETY: 6,
  RESTRAINT_OR_RESTRICTIONS: 2,
  NOT_BEING_LISTENED_TO: 9,
  DELAY_IN_THE_PLAN: 9,
  OTHER: 3,
};

/**
 * Phase 5: concerns raised by children's advocates (about one child in eight a year; some from
 * drifted meeting actions and home-visit recommendations), each played up the ladder by the
 * domain's rules, with its append-only history in `concern_events` (inserted once, never changed).
 */
export async function writeConcerns(
  writer: BulkWriter,
  ctx: ConcernsContext,
  drifted: DriftedAction[],
  recommendations: OpenChildRecommendation[],
): Promise<void> {
  const { plan } = ctx;
  const concerns = writer.table(TABLES.concerns);
  const events = writer.table(TABLES.concernEvents);
  const fromActions = groupByChild(drifted);
  const fromRecommendations = groupByChild(recommendations);
  for (const [k, i] of ctx.members.entries()) {
    const child = plan.children[i] as ChildPlan;
    const rng = Prng.for(plan.seed, 'concerns', child.index);
    const raises = [
      ...generalRaises(rng, plan, child),
      ...driftRaises(rng, plan, child, fromActions.get(child.index) ?? []),
      ...recommendationRaises(rng, plan, child, fromRecommendations.get(child.index) ?? []),
    ];
    raises.sort((a, b) => a.day - b.day);
    for (const raise of raises) writeConcern(ctx, concerns, events, rng, child, raise);
    if (k % 200 === 0) {
      ctx.advance(k / ctx.members.length);
      await writer.maybeFlush();
    }
  }
  await writer.finish();
}

function generalRaises(rng: Prng, plan: NationalPlan, child: ChildPlan): Raise[] {
  const raises: Raise[] = [];
  const gap = 365.25 / CONCERNS_PER_YEAR;
  for (const a of child.assignments) {
    const last = Math.min(a.end ?? plan.today, plan.today);
    for (let day = a.start + 14 + Math.floor(rng.exponential(gap)); day <= last; day += 1 + Math.floor(rng.exponential(gap))) {
      if (optedOutOn(child, day) || ageOn(child.dateOfBirth, day) < 5) continue;
      raises.push({ day, themes: themes(rng, ageOn(child.dateOfBirth, day)), fromActionId: null, fromRecommendationId: null });
    }
  }
  return raises;
}

function driftRaises(rng: Prng, plan: NationalPlan, child: ChildPlan, actions: DriftedAction[]): Raise[] {
  return actions.flatMap((action) => {
    const day = action.on + rng.int(0, 14);
    if (!rng.chance(0.12) || day >= action.until || day > plan.today || assignmentOn(child, day) === null || optedOutOn(child, day)) return [];
    return [{ day, themes: ['DELAY_IN_THE_PLAN', ...(rng.chance(0.4) ? ['NOT_BEING_LISTENED_TO'] : [])], fromActionId: action.id, fromRecommendationId: null }];
  });
}

function recommendationRaises(rng: Prng, plan: NationalPlan, child: ChildPlan, recommendations: OpenChildRecommendation[]): Raise[] {
  return recommendations.flatMap((r) => {
    const day = r.on + rng.int(7, 40);
    if (!rng.chance(0.08) || day >= r.until || day > plan.today || assignmentOn(child, day) === null || optedOutOn(child, day)) return [];
    return [{ day, themes: [r.theme], fromActionId: null, fromRecommendationId: r.id }];
  });
}

function themes(rng: Prng, age: number): string[] {
  const choices = CONCERN_THEMES.map((t) => [t, t === 'LEAVING_CARE' && age < 15 ? 0 : THEME_WEIGHTS[t]] as const);
  const first = rng.weighted(choices);
  if (!rng.chance(0.3)) return [first];
  const second = rng.weighted(choices);
  return second === first ? [first] : [first, second];
}

function writeConcern(ctx: ConcernsContext, concerns: BulkTable, events: BulkTable, rng: Prng, child: ChildPlan, raise: Raise): void {
  const { plan, ids } = ctx;
  const la = plan.las[child.laIndex] as LaPlan;
  const raiser = assignmentOn(child, raise.day);
  if (raiser === null) return;
  const [whatIsWrong, childWants] = CONCERN_TEXTS[raise.themes[0] ?? 'OTHER'] ?? ['', ''];
  const story = new ConcernStory(
    { calendar: ctx.calendar, workingDays: ctx.workingDays, deadlines: ctx.deadlines, today: plan.today },
    raise.day,
    { themes: raise.themes, fromActionId: raise.fromActionId, fromRecommendationId: raise.fromRecommendationId },
    whatIsWrong,
    childWants,
  );
  if (rng.chance(0.1))
    story.step(
      raise.day + rng.int(0, 3),
      'ADVOCATE',
      { kind: 'ADD_EVIDENCE' },
      { kind: 'NOTE', answer: 'Confidential: the child told me more about this in private.', audience: ['ADVOCATE'] },
    );
  const court = { name: `${la.town} Family Court`, caseNumber: `${la.code}FC${rng.int(100, 999)}/${String(yearOf(raise.day)).slice(2)}` };
  playConcern(story, rng, { target: rng.weighted(HIGHEST_STAGE), withdraw: rng.chance(0.12), court }, ctx.workingDays);
  const id = ids.next('concern');
  const s = story.state;
  const stamps = eventStamps(story.events);
  concerns.add(
    id,
    child.id,
    la.id,
    (plan.advocates[raiser.advocate] as AdvocatePlan).userId,
    raise.fromActionId,
    raise.fromRecommendationId,
    whatIsWrong,
    childWants,
    raise.themes,
    iso(raise.day),
    s.stage,
    s.status,
    s.stageEnteredOn,
    s.deadline,
    s.respondedAtStage,
    s.informationDueOn,
    s.triaged,
    story.reachedCommissionerOn === null ? null : iso(story.reachedCommissionerOn),
    story.overdueKey,
    story.outcome,
    stamps[0] ?? null,
    stamps.at(-1) ?? null,
    story.saves,
  );
  story.events.forEach((e, k) => {
    const actor = actorOf(plan, child, la, rng, e, raiser.advocate);
    const evidence = e.kind === 'RAISED' && rng.chance(0.3) ? [{ text: 'Notes of the conversation with the child', url: null }] : [];
    events.add(ids.next('concernEvent'), id, k + 1, e.kind, e.stage, actor, e.actor, e.asked, e.answer, evidence, e.details, e.audience, stamps[k] ?? null);
  });
}

/** The user who took a step: the child's advocate on that day, one of the LA's managers, or Commissioner staff. */
function actorOf(plan: NationalPlan, child: ChildPlan, la: LaPlan, rng: Prng, event: StoryEvent, raiser: number): string | null {
  if (event.actor === 'SYSTEM') return null;
  if (event.actor === 'LA_MANAGER') return rng.pick(la.managerUserIds);
  if (event.actor === 'COMMISSIONER_STAFF') return rng.pick(plan.commissioners).userId;
  const advocate = event.kind === 'RAISED' ? raiser : (assignmentOn(child, event.day)?.advocate ?? raiser);
  return (plan.advocates[advocate] as AdvocatePlan).userId;
}

/** Strictly increasing timestamps, one per event, during the working day. */
function eventStamps(events: StoryEvent[]): string[] {
  let last = 0;
  return events.map((e) => {
    last = Math.max(last + 7, e.day * 1440 + (e.actor === 'SYSTEM' ? 6 * 60 : 9 * 60 + 30));
    return at(0, last);
  });
}

function groupByChild<T extends { child: number; on: Day; id: string }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.child);
    if (list === undefined) map.set(item.child, [item]);
    else list.push(item);
  }
  // The same order whichever lane found them.
  for (const list of map.values()) list.sort((a, b) => a.on - b.on || a.id.localeCompare(b.id));
  return map;
}
