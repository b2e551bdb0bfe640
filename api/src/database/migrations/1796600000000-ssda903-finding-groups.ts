import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each finding of an import keeps the kind of its reason (`reason_code`, whatever the row's values; see
 * libs/domain/src/ssda903/finding-codes.ts) and the row's child, so the import's summary can group findings
 * by file, column and kind in SQL and name the child of each row shown. Findings stored before have neither,
 * and are grouped by file and column.
 */
export class Ssda903FindingGroups1796600000000 implements MigrationInterface {
  name = 'Ssda903FindingGroups1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_import_rejections" ADD "reason_code" text, ADD "child_ref" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_import_rejections" DROP COLUMN "child_ref", DROP COLUMN "reason_code"`);
  }
}
