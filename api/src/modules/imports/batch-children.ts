import type { EntityManager } from 'typeorm';
import type { ChildrenRepository, ImportedChildRow, ReturnedChildColumns } from '../children/children.repository';
import type { ChildPlan } from './child-plan';

/** A child of the batch as stored, after the batch's insert or update, with what the assignment rule needs. */
export interface StoredChild {
  id: string;
  created: boolean;
  /** Their date of birth, sex, ethnicity, latest legal status or placement, or UASC status changed. */
  updated: boolean;
  firstLanguage: string | null;
  siblingGroupId: string | null;
  /** As stored after the batch: from the return's uasc.csv when given, else as Heard held it. */
  uasc: boolean;
  uascCeasedOn: string | null;
}

/**
 * Creates or updates the batch's children, keyed by LA and CHILD, and locks them for the rest of
 * the transaction (existing ones in id order, new ones by their insert). A new child is "Child
 * <CHILD>" until the LA names them; an existing one is updated only when the return differs.
 */
export async function storeChildren(
  manager: EntityManager,
  children: ChildrenRepository,
  localAuthorityId: string,
  plans: readonly ChildPlan[],
): Promise<Map<string, StoredChild>> {
  const existing = await children.lockByRefs(
    manager,
    localAuthorityId,
    plans.map((p) => p.ref),
  );
  const found = new Map(existing.map((row) => [row.ref, row]));
  const stored = new Map<string, StoredChild>();
  const fresh: ChildPlan[] = [];
  const changed: Array<{ id: string; plan: ChildPlan }> = [];
  for (const plan of plans) {
    const row = found.get(plan.ref);
    if (row === undefined) {
      fresh.push(plan);
      continue;
    }
    const updated = differs(row, plan);
    if (updated) changed.push({ id: row.id, plan });
    stored.set(plan.ref, {
      id: row.id,
      created: false,
      updated,
      firstLanguage: row.first_language,
      siblingGroupId: row.sibling_group_id,
      uasc: plan.uasc?.uasc ?? row.uasc,
      uascCeasedOn: plan.uasc === null ? row.uasc_ceased_on : plan.uasc.ceasedOn,
    });
  }
  if (fresh.length > 0) {
    const inserted = await children.createFromReturn(manager, localAuthorityId, columns(fresh));
    const byRef = new Map(fresh.map((p) => [p.ref, p]));
    for (const row of inserted) {
      const uasc = byRef.get(row.ref)?.uasc ?? null;
      stored.set(row.ref, {
        id: row.id,
        created: true,
        updated: false,
        firstLanguage: null,
        siblingGroupId: null,
        uasc: uasc?.uasc ?? false,
        uascCeasedOn: uasc?.ceasedOn ?? null,
      });
    }
  }
  if (changed.length > 0) {
    await children.updateFromReturn(
      manager,
      changed.map((c) => c.id),
      changed.map((c) => c.plan.latest !== undefined),
      columns(changed.map((c) => c.plan)),
    );
  }
  return stored;
}

function differs(row: ImportedChildRow, plan: ChildPlan): boolean {
  const { header, latest } = plan;
  return (
    row.dob !== header.dateOfBirth ||
    row.sex !== header.sex ||
    row.ethnicity !== header.ethnicity ||
    (latest !== undefined && (row.legal_status !== latest.legalStatus || row.placement_type !== latest.placement)) ||
    (plan.uasc !== null && (row.uasc !== plan.uasc.uasc || row.uasc_ceased_on !== plan.uasc.ceasedOn))
  );
}

function columns(plans: readonly ChildPlan[]): ReturnedChildColumns {
  return {
    refs: plans.map((p) => p.ref),
    datesOfBirth: plans.map((p) => p.header.dateOfBirth),
    sexes: plans.map((p) => p.header.sex),
    ethnicities: plans.map((p) => p.header.ethnicity),
    legalStatuses: plans.map((p) => p.latest?.legalStatus ?? null),
    placements: plans.map((p) => p.latest?.placement ?? null),
    uasc: plans.map((p) => p.uasc?.uasc ?? null),
    uascCeasedOn: plans.map((p) => p.uasc?.ceasedOn ?? null),
  };
}
