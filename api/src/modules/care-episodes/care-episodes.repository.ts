import { Injectable } from '@nestjs/common';
import type { PeriodOfCare } from '@heard/domain';
import type { EntityManager } from 'typeorm';
import { sqlRows, sqlRun } from '../../database/sql';
import { CareEpisodeEntity } from './care-episode.entity';

/** A stored period of care, as the import compares it with a return's. */
export interface StoredPeriodRow {
  child_id: string;
  start: string;
  end: string | null;
  legal_status: string | null;
  placement_type: string | null;
  reason_ended: string | null;
}

/** The care_episodes table: every feature that opens, closes or replaces a child's periods of care calls this. */
@Injectable()
export class CareEpisodesRepository {
  /** The child's open period of care, if any. */
  open(manager: EntityManager, childId: string): Promise<CareEpisodeEntity | null> {
    return manager.createQueryBuilder(CareEpisodeEntity, 'e').where('e.child_id = :id AND e.end_date IS NULL', { id: childId }).getOne();
  }

  /** The child's latest period of care, open or not. */
  latest(manager: EntityManager, childId: string): Promise<CareEpisodeEntity | null> {
    return manager.findOne(CareEpisodeEntity, { where: { childId, endDate: undefined }, order: { startDate: 'DESC' } });
  }

  async openPeriod(manager: EntityManager, episode: Pick<CareEpisodeEntity, 'childId' | 'startDate' | 'legalStatus' | 'placementType'>): Promise<void> {
    await manager.insert(CareEpisodeEntity, { ...episode, endDate: null, reasonNewEpisode: 'S', reasonEnded: null });
  }

  async close(manager: EntityManager, episodeId: string, endDate: string, reasonEnded: string | null): Promise<void> {
    await manager.update(CareEpisodeEntity, { id: episodeId }, { endDate, reasonEnded });
  }

  /** Every period of care of these children, each child's in start order. */
  ofChildren(manager: EntityManager, childIds: readonly string[]): Promise<StoredPeriodRow[]> {
    return sqlRows<StoredPeriodRow>(
      manager,
      `SELECT child_id, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS "end", legal_status, placement_type, reason_ended
         FROM care_episodes WHERE child_id = ANY($1::uuid[]) ORDER BY child_id, start_date`,
      [childIds],
    );
  }

  /** Replaces the periods of care of each child listed: `stale` are those that had some, `periods` what they have now. */
  async replace(manager: EntityManager, stale: readonly string[], periods: ReadonlyArray<PeriodOfCare & { childId: string }>): Promise<void> {
    if (stale.length > 0) await sqlRun(manager, `DELETE FROM care_episodes WHERE child_id = ANY($1::uuid[])`, [stale]);
    await sqlRun(
      manager,
      `INSERT INTO care_episodes (child_id, start_date, end_date, reason_new_episode, legal_status, placement_type, reason_ended)
       SELECT v.child_id, v.start_date, v.end_date, 'S', v.legal_status, v.placement_type, v.reason_ended
         FROM unnest($1::uuid[], $2::date[], $3::date[], $4::text[], $5::text[], $6::text[]) AS v(child_id, start_date, end_date, legal_status, placement_type, reason_ended)`,
      [
        periods.map((r) => r.childId),
        periods.map((r) => r.start),
        periods.map((r) => r.end),
        periods.map((r) => r.legalStatus),
        periods.map((r) => r.placement),
        periods.map((r) => r.reasonEnded),
      ],
    );
  }
}
