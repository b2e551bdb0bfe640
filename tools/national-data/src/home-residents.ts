import { assignmentOn } from './child-timeline';
import type { Day } from './days';
import type { IdFactory } from './ids';
import type { AdvocatePlan, ChildPlan, HomePlan, LaPlan, NationalPlan } from './model';
import { Prng } from './prng';

/** A child's stay in a children's home (a `placements` row). */
export interface Residence {
  id: string;
  child: number;
  home: number;
  start: Day;
  end: Day | null;
}

/** Every children's-home placement, per home: a K2 stint lasts until the next placement or the end of the period. */
export function homeResidents(plan: NationalPlan, ids: IdFactory): Residence[][] {
  const byHome: Residence[][] = plan.homes.map(() => []);
  for (const child of plan.children) {
    for (const period of child.periods) {
      period.stints.forEach((stint, k) => {
        if (stint.home < 0) return;
        const next = period.stints[k + 1]?.start ?? period.end;
        byHome[stint.home]?.push({ id: ids.next('placement'), child: child.index, home: stint.home, start: stint.start, end: next });
      });
    }
  }
  return byHome;
}

/** Children living in the home at some time in [from, to] while Heard represented them. */
export function representedIn(plan: NationalPlan, residents: readonly Residence[], from: Day, to: Day): number[] {
  const present: number[] = [];
  for (const r of residents) {
    if (r.start > to || (r.end !== null && r.end < from)) continue;
    const child = plan.children[r.child] as ChildPlan;
    const first = Math.max(from, r.start);
    const last = Math.min(to, r.end ?? to);
    if ((assignmentOn(child, first) !== null || assignmentOn(child, last) !== null) && !present.includes(r.child)) present.push(r.child);
  }
  return present;
}

/** The advocate who visits the home: one from a provider covering the home's LA, never employed by that LA. */
export function responsibleAdvocate(plan: NationalPlan, home: HomePlan): AdvocatePlan | null {
  const la = plan.las[home.laIndex] as LaPlan;
  const candidates = plan.advocates.filter((a) => a.active && la.providers.includes(a.provider) && a.employingLa !== la.index);
  return candidates.length === 0 ? null : Prng.for(plan.seed, 'responsible', home.index).pick(candidates);
}
