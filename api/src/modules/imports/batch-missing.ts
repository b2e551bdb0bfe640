import type { EntityManager } from 'typeorm';
import type { MissingEpisodesRepository, StoredMissingEpisodeRow } from '../missing-from-care/missing-episodes.repository';
import type { ChildPlan } from './child-plan';

/**
 * Replaces the missing-from-care episodes of each child whose return's episodes differ from what
 * Heard holds (a return without missing.csv leaves every child's as they are; with it, a child with
 * no rows has none). Returns the ids of the children replaced.
 */
export async function replaceMissingEpisodes(
  manager: EntityManager,
  episodes: MissingEpisodesRepository,
  children: ReadonlyArray<{ id: string; created: boolean; missing: ChildPlan['missing'] }>,
  importId: string,
): Promise<Set<string>> {
  const given = children.flatMap((c) => (c.missing === null ? [] : [{ id: c.id, created: c.created, missing: c.missing }]));
  const known = given.filter((c) => !c.created).map((c) => c.id);
  const stored = new Map<string, StoredMissingEpisodeRow[]>();
  if (known.length > 0) {
    for (const row of await episodes.ofChildren(manager, known)) stored.set(row.child_id, [...(stored.get(row.child_id) ?? []), row]);
  }
  const replaced = given.filter((c) => !same(stored.get(c.id) ?? [], c.missing));
  if (replaced.length === 0) return new Set();
  await episodes.replace(
    manager,
    replaced.map((c) => c.id),
    replaced.flatMap((c) => c.missing.map((m) => ({ childId: c.id, ...m }))),
    importId,
  );
  return new Set(replaced.map((c) => c.id));
}

function same(stored: readonly StoredMissingEpisodeRow[], missing: NonNullable<ChildPlan['missing']>): boolean {
  return (
    stored.length === missing.length &&
    stored.every((e, i) => {
      const m = missing[i];
      return m !== undefined && e.kind === m.kind && e.started_on === m.start && e.ended_on === m.end;
    })
  );
}
