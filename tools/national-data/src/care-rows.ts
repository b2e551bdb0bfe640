import { AdvocacyWriter } from './advocacy';
import type { BulkWriter } from './bulk-insert';
import { at, type Day, iso, type WorkingDays } from './days';
import type { IdFactory } from './ids';
import type { ChildPlan, LaPlan, NationalPlan } from './model';
import { Prng } from './prng';
import { TABLES } from './tables';

export interface CareContext {
  plan: NationalPlan;
  ids: IdFactory;
  advance: (fraction: number) => void;
}

/**
 * Phase 2, first part: children, their periods of care and trigger events, assignments (the
 * database's trigger counts each advocate's open ones against their cap) and the awaiting-advocate
 * queue. One connection: every assignment updates its advocate's row.
 */
export async function writeCare(writer: BulkWriter, ctx: CareContext): Promise<void> {
  const { plan } = ctx;
  const children = writer.table(TABLES.children);
  const episodes = writer.table(TABLES.careEpisodes);
  const triggers = writer.table(TABLES.triggerEvents);
  const assignments = writer.table(TABLES.assignments);
  const awaiting = writer.table(TABLES.awaiting);
  const rng = Prng.for(plan.seed, 'care-rows');
  for (const child of plan.children) {
    const la = plan.las[child.laIndex] as LaPlan;
    const latest = child.periods[child.periods.length - 1];
    children.add(
      child.id,
      la.id,
      child.ref,
      child.givenName,
      child.familyName,
      child.preferredName,
      iso(child.dateOfBirth),
      at(Math.max(child.periods[0]?.start ?? la.goLive, la.goLive), 10 * 60),
      child.sex,
      child.ethnicity,
      child.firstLanguage,
      child.communicationNeeds,
      latest?.legalStatus ?? null,
      latest?.stints.at(-1)?.type ?? null,
      child.placementProvider,
      child.siblingGroupId,
      la.socialWorkers[child.socialWorker]?.id ?? null,
    );
    for (const period of child.periods) {
      episodes.add(
        period.id,
        child.id,
        iso(period.start),
        period.end === null ? null : iso(period.end),
        'S',
        period.legalStatus,
        period.stints.at(-1)?.type ?? null,
        period.reasonEnded,
        at(Math.max(period.start, la.goLive), 10 * 60 + 1),
      );
      if (period.end !== null && period.end < la.goLive) continue;
      const recorder = rng.pick(la.managerUserIds);
      const trigger = (kind: string, day: Day): void =>
        triggers.add(ctx.ids.next('triggerEvent'), child.id, kind, iso(day), recorder, at(Math.max(day, la.goLive), 10 * 60 + 2));
      trigger('ENTERED_CARE', period.start);
      if (period.proceedingsOn !== null && period.proceedingsOn >= la.goLive) trigger('CARE_PROCEEDINGS_STARTED', period.proceedingsOn);
      if (period.familyGroupOn !== null && period.familyGroupOn >= la.goLive) trigger('FAMILY_GROUP_DECISION_MAKING', period.familyGroupOn);
    }
    writeAssignments(assignments, plan, child);
    if (child.index % 200 === 0) {
      ctx.advance(child.index / plan.children.length);
      await writer.maybeFlush();
    }
  }
  for (const entry of plan.queue) {
    const child = plan.children[entry.child] as ChildPlan;
    awaiting.add(
      entry.id,
      child.id,
      (plan.las[entry.laIndex] as LaPlan).id,
      iso(entry.since),
      at(entry.queuedOn, 10 * 60 + 3),
      'NO_CAPACITY',
      entry.resolvedOn === null ? null : at(entry.resolvedOn, 10 * 60 + 4),
      entry.assignmentId,
    );
  }
  await writer.finish();
}

export interface AdvocacyLaneContext extends CareContext {
  workingDays: WorkingDays;
  offerDueWorkingDays: number;
  /** The children this lane writes (indexes, ascending). */
  members: readonly number[];
}

/** Phase 2, second part (one lane of the children): each assignment's offers and the children's decisions. */
export async function writeAdvocacy(writer: BulkWriter, ctx: AdvocacyLaneContext): Promise<void> {
  const { plan } = ctx;
  const advocacy = new AdvocacyWriter({
    seed: plan.seed,
    today: plan.today,
    ids: ctx.ids,
    advocates: plan.advocates,
    workingDays: ctx.workingDays,
    offerDueWorkingDays: ctx.offerDueWorkingDays,
    offers: writer.table(TABLES.offers),
    decisions: writer.table(TABLES.childDecisions),
  });
  for (const [k, i] of ctx.members.entries()) {
    advocacy.child(plan.children[i] as ChildPlan);
    if (k % 200 === 0) {
      ctx.advance(k / ctx.members.length);
      await writer.maybeFlush();
    }
  }
  await writer.finish();
}

function writeAssignments(table: ReturnType<BulkWriter['table']>, plan: NationalPlan, child: ChildPlan): void {
  child.assignments.forEach((a, k) => {
    table.add(
      a.id,
      child.id,
      plan.advocates[a.advocate]?.id ?? null,
      iso(a.start),
      a.startReason,
      a.end === null ? null : iso(a.end),
      a.endReason,
      a.endNote,
      at(a.start, 10 * 60 + 5 + k),
    );
  });
}
