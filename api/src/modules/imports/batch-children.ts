import type { EntityManager } from 'typeorm';
import type { ChildPlan } from './child-plan';

/** A child of the batch as stored, after the batch's insert or update, with what the assignment rule needs. */
export interface StoredChild {
  id: string;
  created: boolean;
  /** Their date of birth, sex, ethnicity, or latest legal status or placement changed. */
  updated: boolean;
  firstLanguage: string | null;
  siblingGroupId: string | null;
}

interface ExistingRow {
  id: string;
  ref: string;
  dob: string;
  sex: string | null;
  ethnicity: string | null;
  legal_status: string | null;
  placement_type: string | null;
  first_language: string | null;
  sibling_group_id: string | null;
}

/**
 * Creates or updates the batch's children, keyed by LA and CHILD, and locks them for the rest of
 * the transaction (existing ones in id order, new ones by their insert). A new child is "Child
 * <CHILD>" until the LA names them; an existing one is updated only when the return differs.
 */
export async function storeChildren(manager: EntityManager, localAuthorityId: string, plans: readonly ChildPlan[]): Promise<Map<string, StoredChild>> {
  const existing: ExistingRow[] = await manager.query(
    `SELECT id, la_child_ref AS ref, to_char(date_of_birth, 'YYYY-MM-DD') AS dob, sex, ethnicity, legal_status, placement_type, first_language, sibling_group_id
       FROM children WHERE local_authority_id = $1 AND la_child_ref = ANY($2::text[]) ORDER BY id FOR UPDATE`,
    [localAuthorityId, plans.map((p) => p.ref)],
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
    stored.set(plan.ref, { id: row.id, created: false, updated, firstLanguage: row.first_language, siblingGroupId: row.sibling_group_id });
  }
  if (fresh.length > 0) {
    const inserted: Array<{ id: string; ref: string }> = await manager.query(
      `INSERT INTO children (local_authority_id, la_child_ref, given_name, family_name, date_of_birth, sex, ethnicity, legal_status, placement_type)
       SELECT $1, v.ref, 'Child', v.ref, v.dob, v.sex, v.ethnicity, v.legal_status, v.placement
         FROM unnest($2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[]) AS v(ref, dob, sex, ethnicity, legal_status, placement)
       RETURNING id, la_child_ref AS ref`,
      [localAuthorityId, ...columns(fresh)],
    );
    for (const row of inserted) stored.set(row.ref, { id: row.id, created: true, updated: false, firstLanguage: null, siblingGroupId: null });
  }
  if (changed.length > 0) {
    await manager.query(
      `UPDATE children c SET date_of_birth = v.dob, sex = v.sex, ethnicity = v.ethnicity,
              legal_status = CASE WHEN v.has_latest THEN v.legal_status ELSE c.legal_status END,
              placement_type = CASE WHEN v.has_latest THEN v.placement ELSE c.placement_type END
         FROM unnest($1::uuid[], $2::bool[], $3::text[], $4::date[], $5::text[], $6::text[], $7::text[], $8::text[])
              AS v(id, has_latest, ref, dob, sex, ethnicity, legal_status, placement)
        WHERE c.id = v.id`,
      [changed.map((c) => c.id), changed.map((c) => c.plan.latest !== undefined), ...columns(changed.map((c) => c.plan))],
    );
  }
  return stored;
}

function differs(row: ExistingRow, plan: ChildPlan): boolean {
  const { header, latest } = plan;
  return row.dob !== header.dateOfBirth || row.sex !== header.sex || row.ethnicity !== header.ethnicity
    || (latest !== undefined && (row.legal_status !== latest.legalStatus || row.placement_type !== latest.placement));
}

function columns(plans: readonly ChildPlan[]): [string[], string[], string[], string[], Array<string | null>, Array<string | null>] {
  return [
    plans.map((p) => p.ref),
    plans.map((p) => p.header.dateOfBirth),
    plans.map((p) => p.header.sex),
    plans.map((p) => p.header.ethnicity),
    plans.map((p) => p.latest?.legalStatus ?? null),
    plans.map((p) => p.latest?.placement ?? null),
  ];
}
