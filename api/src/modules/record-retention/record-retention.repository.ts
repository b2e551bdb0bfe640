import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sqlRow, sqlRun } from '../../database/sql';

export interface StandingHoldRow {
  id: string;
  reason: string;
  placed_on: string;
  placed_by_name: string;
}

/** The `child_deaths` and `record_holds` tables: what decides how long a child's record is kept. */
@Injectable()
export class RecordRetentionRepository {
  async dateOfDeath(manager: EntityManager, childId: string): Promise<string | null> {
    const row = await sqlRow<{ date_of_death: string }>(
      manager,
      `SELECT to_char(date_of_death, 'YYYY-MM-DD') AS date_of_death FROM child_deaths WHERE child_id = $1`,
      [childId],
    );
    return row?.date_of_death ?? null;
  }

  /** Records or corrects the date of death. */
  recordDeath(manager: EntityManager, childId: string, dateOfDeath: string, userId: string, at: Date): Promise<void> {
    return sqlRun(
      manager,
      `INSERT INTO child_deaths (child_id, date_of_death, recorded_by_user_id, recorded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (child_id) DO UPDATE SET date_of_death = EXCLUDED.date_of_death, recorded_by_user_id = EXCLUDED.recorded_by_user_id, recorded_at = EXCLUDED.recorded_at`,
      [childId, dateOfDeath, userId, at],
    );
  }

  standingHold(manager: EntityManager, childId: string): Promise<StandingHoldRow | undefined> {
    return sqlRow<StandingHoldRow>(
      manager,
      `SELECT h.id, h.reason, to_char(h.placed_on, 'YYYY-MM-DD') AS placed_on, u.display_name AS placed_by_name
         FROM record_holds h JOIN users u ON u.id = h.placed_by_user_id
        WHERE h.child_id = $1 AND h.lifted_at IS NULL`,
      [childId],
    );
  }

  /** Places a hold; the id, or undefined when one already stands (the partial unique index decides between parallel calls). */
  async placeHold(manager: EntityManager, childId: string, reason: string, on: string, userId: string, at: Date): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `INSERT INTO record_holds (child_id, reason, placed_on, placed_by_user_id, placed_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (child_id) WHERE lifted_at IS NULL DO NOTHING RETURNING id`,
      [childId, reason, on, userId, at],
    );
    return row?.id;
  }

  /** Lifts the standing hold; the id, or undefined when none stands (a parallel lift got there first). */
  async liftHold(manager: EntityManager, childId: string, reason: string, on: string, userId: string, at: Date): Promise<string | undefined> {
    const row = await sqlRow<{ id: string }>(
      manager,
      `UPDATE record_holds SET lifted_on = $3, lift_reason = $2, lifted_by_user_id = $4, lifted_at = $5
        WHERE child_id = $1 AND lifted_at IS NULL RETURNING id`,
      [childId, reason, on, userId, at],
    );
    return row?.id;
  }
}
