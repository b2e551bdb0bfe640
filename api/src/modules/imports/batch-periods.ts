import type { PeriodOfCare } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import type { CareEpisodesRepository, StoredPeriodRow as StoredPeriod } from '../care-episodes/care-episodes.repository';

/**
 * Replaces the periods of care of each child whose return's periods differ from what Heard holds
 * (a return without any period leaves them as they are). Returns the ids of the children replaced.
 */
export async function replacePeriods(
  manager: EntityManager,
  episodes: CareEpisodesRepository,
  children: ReadonlyArray<{ id: string; created: boolean; periods: readonly PeriodOfCare[] }>,
): Promise<Set<string>> {
  const withPeriods = children.filter((c) => c.periods.length > 0);
  const known = withPeriods.filter((c) => !c.created).map((c) => c.id);
  const stored = new Map<string, StoredPeriod[]>();
  if (known.length > 0) {
    const rows = await episodes.ofChildren(manager, known);
    for (const row of rows) {
      const list = stored.get(row.child_id);
      if (list === undefined) stored.set(row.child_id, [row]);
      else list.push(row);
    }
  }
  const replaced = withPeriods.filter((c) => !same(stored.get(c.id) ?? [], c.periods));
  if (replaced.length === 0) return new Set();
  const stale = replaced.filter((c) => stored.has(c.id)).map((c) => c.id);
  await episodes.replace(
    manager,
    stale,
    replaced.flatMap((c) => c.periods.map((p) => ({ childId: c.id, ...p }))),
  );
  return new Set(replaced.map((c) => c.id));
}

function same(stored: readonly StoredPeriod[], periods: readonly PeriodOfCare[]): boolean {
  return (
    stored.length === periods.length &&
    stored.every((e, i) => {
      const p = periods[i];
      return (
        p !== undefined &&
        e.start === p.start &&
        e.end === p.end &&
        e.legal_status === p.legalStatus &&
        e.placement_type === p.placement &&
        e.reason_ended === p.reasonEnded
      );
    })
  );
}
