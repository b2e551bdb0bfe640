import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import reports every row it does not simply import: `REJECTED` (to fix in the LA's case
 * system), `SKIPPED` (an exact duplicate, a short break) and `WARNING` (imported, as Heard
 * interpreted it). Rows stored before were all rejections.
 */
export class Ssda903ImportOutcomes1796500000000 implements MigrationInterface {
  name = 'Ssda903ImportOutcomes1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ssda903_import_rejections" ADD "outcome" text NOT NULL DEFAULT 'REJECTED', ADD CONSTRAINT "ssda903_import_rejections_outcome_valid" CHECK ("outcome" IN ('REJECTED', 'SKIPPED', 'WARNING'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_import_rejections" DROP CONSTRAINT "ssda903_import_rejections_outcome_valid", DROP COLUMN "outcome"`);
  }
}
