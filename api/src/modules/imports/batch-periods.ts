import type { PeriodOfCare } from '@heard/domain';
import type { EntityManager } from 'typeorm';

interface StoredPeriod {
  child_id: string;
  start: string;
  end: string | null;
  legal_status: string | null;
  placement_type: string | null;
  reason_ended: string | null;
}

/**
 * Replaces the periods of care of each child whose return's periods differ from what Heard holds
 * (a return without any period leaves them as they are). Returns the ids of the children replaced.
 */
export async function replacePeriods(manager: EntityManager, children: ReadonlyArray<{ id: string; created: boolean; periods: readonly PeriodOfCare[] }>): Promise<Set<string>> {
  const withPeriods = children.filter((c) => c.periods.length > 0);
  const known = withPeriods.filter((c) => !c.created).map((c) => c.id);
  const stored = new Map<string, StoredPeriod[]>();
  if (known.length > 0) {
    const rows: StoredPeriod[] = await manager.query(
      `SELECT child_id, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS "end", legal_status, placement_type, reason_ended
         FROM care_episodes WHERE child_id = ANY($1::uuid[]) ORDER BY child_id, start_date`,
      [known],
    );
    for (const row of rows) {
      const list = stored.get(row.child_id);
      if (list === undefined) stored.set(row.child_id, [row]);
      else list.push(row);
    }
  }
  const replaced = withPeriods.filter((c) => !same(stored.get(c.id) ?? [], c.periods));
  if (replaced.length === 0) return new Set();
  const stale = replaced.filter((c) => stored.has(c.id)).map((c) => c.id);
  if (stale.length > 0) await manager.query(`DELETE FROM care_episodes WHERE child_id = ANY($1::uuid[])`, [stale]);
  const rows = replaced.flatMap((c) => c.periods.map((p) => ({ childId: c.id, ...p })));
  await manager.query(
    `INSERT INTO care_episodes (child_id, start_date, end_date, reason_new_episode, legal_status, placement_type, reason_ended)
     SELECT v.child_id, v.start_date, v.end_date, 'S', v.legal_status, v.placement_type, v.reason_ended
       FROM unnest($1::uuid[], $2::date[], $3::date[], $4::text[], $5::text[], $6::text[]) AS v(child_id, start_date, end_date, legal_status, placement_type, reason_ended)`,
    [rows.map((r) => r.childId), rows.map((r) => r.start), rows.map((r) => r.end), rows.map((r) => r.legalStatus), rows.map((r) => r.placement), rows.map((r) => r.reasonEnded)],
  );
  return new Set(replaced.map((c) => c.id));
}

function same(stored: readonly StoredPeriod[], periods: readonly PeriodOfCare[]): boolean {
  return stored.length === periods.length && stored.every((e, i) => {
    const p = periods[i];
    return p !== undefined && e.start === p.start && e.end === p.end && e.legal_status === p.legalStatus && e.placement_type === p.placement && e.reason_ended === p.reasonEnded;
  });
}
