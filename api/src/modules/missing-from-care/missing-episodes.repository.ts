import { Injectable } from '@nestjs/common';
import type { MissingKind } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/sql';

/** A stored missing-from-care episode, as the import compares it with a return's and the child's page shows it. */
export interface StoredMissingEpisodeRow {
  child_id: string;
  kind: MissingKind;
  started_on: string;
  ended_on: string | null;
}

/** A missing-from-care episode as a return gives it. */
export interface ReturnedMissingEpisode {
  childId: string;
  kind: MissingKind;
  start: string;
  end: string | null;
}

/** The missing_episodes table: the SSDA903 import replaces a child's episodes through this; the child's page reads them. */
@Injectable()
export class MissingEpisodesRepository {
  /** Every missing-from-care episode of these children, each child's in start order. */
  ofChildren(manager: EntityManager, childIds: readonly string[]): Promise<StoredMissingEpisodeRow[]> {
    return sqlRows<StoredMissingEpisodeRow>(
      manager,
      `SELECT child_id, kind, to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on
         FROM missing_episodes WHERE child_id = ANY($1::uuid[]) ORDER BY child_id, started_on`,
      [childIds],
    );
  }

  /** Replaces the missing-from-care episodes of each child in `children` with those of `episodes` (none for a child with no rows). */
  async replace(manager: EntityManager, children: readonly string[], episodes: readonly ReturnedMissingEpisode[], importId: string): Promise<void> {
    if (children.length === 0) return;
    await sqlRun(manager, `DELETE FROM missing_episodes WHERE child_id = ANY($1::uuid[])`, [children]);
    if (episodes.length === 0) return;
    await sqlRun(
      manager,
      `INSERT INTO missing_episodes (child_id, kind, started_on, ended_on, import_id)
       SELECT v.child_id, v.kind, v.started_on, v.ended_on, $5 FROM unnest($1::uuid[], $2::text[], $3::date[], $4::date[]) AS v(child_id, kind, started_on, ended_on)`,
      [episodes.map((e) => e.childId), episodes.map((e) => e.kind), episodes.map((e) => e.start), episodes.map((e) => e.end), importId],
    );
  }
}
