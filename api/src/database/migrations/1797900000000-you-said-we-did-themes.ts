import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "You said, we did" outcomes carry themes from the taxonomy concerns use, so live themes can count them beside
 * concerns and home-visit findings. Existing outcomes have none. The request role's grants on the table are
 * table-wide, so the new column needs no grant of its own.
 */
export class YouSaidWeDidThemes1797900000000 implements MigrationInterface {
  name = 'YouSaidWeDidThemes1797900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_view_outcomes" ADD "themes" text array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_view_outcomes" DROP COLUMN "themes"`);
  }
}
