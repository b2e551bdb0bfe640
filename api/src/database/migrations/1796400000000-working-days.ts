import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshWorkingDays } from '../../modules/reports/working-days-table';

/**
 * The report's working days, one row per day from 1970 to 2200 numbered by working days so far, made
 * from the domain calendar (bank holidays by rule and the published one-off days). It replaces the
 * table each report built for itself from the 2018-2027 list, which counted no holidays outside it.
 */
export class WorkingDays1796400000000 implements MigrationInterface {
  name = 'WorkingDays1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "working_days" ("d" date PRIMARY KEY, "n" int NOT NULL)`);
    await refreshWorkingDays(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "working_days"`);
  }
}
