import type { BulkTable, BulkWriter } from './bulk-insert';
import { ageOn, at, type Day, iso, monthStart, nextMonthStart } from './days';
import type { IdFactory } from './ids';
import type { ChildPlan, HomePlan, LaPlan, NationalPlan } from './model';
import { Prng } from './prng';
import { homeResidents, type Residence, representedIn, responsibleAdvocate } from './home-residents';
import { visitReport, type OpenRecommendation } from './visit-report';
import { TABLES } from './tables';

/** A child-specific recommendation still open after a visit: an advocate may raise it as a concern. */
export interface OpenChildRecommendation {
  id: string;
  child: number;
  on: Day;
  until: Day;
  theme: string;
}

interface Tables {
  visits: BulkTable;
  recommendations: BulkTable;
}

/** Phase 4, first part: children's homes (each with its responsible advocate) and the placements of children living in them. */
export async function writeHomes(writer: BulkWriter, plan: NationalPlan, ids: IdFactory): Promise<Residence[][]> {
  const homes = writer.table(TABLES.homes);
  const placements = writer.table(TABLES.placements);
  const residents = homeResidents(plan, ids);
  for (const home of plan.homes) {
    const advocate = responsibleAdvocate(plan, home);
    homes.add(
      home.id,
      home.name,
      home.operator,
      home.contactEmail,
      home.urn,
      home.address,
      (plan.las[home.laIndex] as LaPlan).id,
      advocate?.id ?? null,
      at(plan.windowStart - 40, 9 * 60),
    );
  }
  for (const list of residents) {
    for (const r of list)
      placements.add(
        r.id,
        (plan.children[r.child] as ChildPlan).id,
        (plan.homes[r.home] as HomePlan).id,
        iso(r.start),
        r.end === null ? null : iso(r.end),
        at(r.start, 10 * 60),
      );
  }
  await writer.finish();
  return residents;
}

/**
 * Phase 4, second part (one lane of the homes): a visit report by the home's responsible advocate in
 * (nearly) every calendar month it had a child Heard represents: judgements on the nine Quality
 * Standards, recommendations and their follow-up at later visits. Returns the child-specific
 * recommendations (an advocate may raise one as a concern while it is open).
 */
export async function writeVisits(
  writer: BulkWriter,
  plan: NationalPlan,
  ids: IdFactory,
  residents: Residence[][],
  members: readonly number[],
  advance: (fraction: number) => void,
): Promise<OpenChildRecommendation[]> {
  const tables: Tables = { visits: writer.table(TABLES.homeVisits), recommendations: writer.table(TABLES.recommendations) };
  const open: OpenChildRecommendation[] = [];
  for (const [k, h] of members.entries()) {
    const home = plan.homes[h] as HomePlan;
    const advocate = responsibleAdvocate(plan, home);
    if (advocate !== null) visitHome(plan, ids, tables, home, residents[h] ?? [], advocate.userId, open);
    if (k % 20 === 0) {
      advance(k / members.length);
      await writer.maybeFlush();
    }
  }
  await writer.finish();
  return open;
}

function visitHome(
  plan: NationalPlan,
  ids: IdFactory,
  tables: Tables,
  home: HomePlan,
  residents: Residence[],
  advocateUserId: string,
  forChildren: OpenChildRecommendation[],
): void {
  const rng = Prng.for(plan.seed, 'home-visits', home.index);
  const goLive = (plan.las[home.laIndex] as LaPlan).goLive;
  let open: OpenRecommendation[] = [];
  const write = (r: OpenRecommendation): void => {
    tables.recommendations.add(
      r.id,
      home.id,
      r.visitId,
      r.what,
      'Registered manager',
      iso(r.dueOn),
      r.themes,
      r.childId,
      r.status,
      r.carryOvers,
      r.reviewedAt,
      r.note,
      at(r.createdOn, 17 * 60),
    );
    if (r.child !== null)
      forChildren.push({
        id: r.id,
        child: r.child,
        on: r.createdOn,
        until: r.status === 'OPEN' ? Number.POSITIVE_INFINITY : (r.reviewedOn ?? r.createdOn),
        theme: r.themes[0] ?? 'OTHER',
      });
  };
  for (let month = monthStart(goLive); month <= plan.today; month = nextMonthStart(month)) {
    const from = Math.max(month, goLive);
    const to = nextMonthStart(month) - 1;
    const present = representedIn(plan, residents, from, Math.min(to, plan.today));
    if (present.length === 0 || rng.chance(0.05)) continue;
    const day = from + rng.int(0, to - from);
    const id = ids.next('homeVisit');
    const spoken = rng.sample(present, rng.int(1, 3)).map((c) => plan.children[c] as ChildPlan);
    if (day > plan.today) {
      const draft = visitReport(rng, home, null, spoken, [], ids, id).report;
      if (rng.chance(0.5)) tables.visits.add(id, home.id, advocateUserId, 'DRAFT', null, draft, at(plan.today, 8 * 60), at(plan.today, 8 * 60), null);
      continue;
    }
    const { report, recommendations } = visitReport(
      rng,
      home,
      day,
      spoken.filter((c) => ageOn(c.dateOfBirth, day) >= 8),
      open,
      ids,
      id,
    );
    const submitted = Math.min(plan.today, day + rng.int(0, 3));
    tables.visits.add(id, home.id, advocateUserId, 'SUBMITTED', iso(day), report, at(day, 9 * 60), at(submitted, 17 * 60), at(submitted, 17 * 60));
    for (const r of open) if (r.status !== 'OPEN') write(r);
    open = [...open.filter((r) => r.status === 'OPEN'), ...recommendations];
  }
  for (const r of open) write(r);
}
