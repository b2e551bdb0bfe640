import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administration of advocates and LA staff: an advocate's `unavailable_until` (away up to and including that day: not
 * given new children) and `version` (bumped by each administrator's edit, so concurrent edits conflict instead of
 * overwriting), and whether an LA staff member is still `active` (a deactivated one never chairs again).
 */
export class AdvocateAvailabilityAndStaffActive1796900000000 implements MigrationInterface {
  name = 'AdvocateAvailabilityAndStaffActive1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advocates" ADD "unavailable_until" date`);
    await queryRunner.query(`ALTER TABLE "advocates" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "la_staff" ADD "active" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "la_staff" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "advocates" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "advocates" DROP COLUMN "unavailable_until"`);
  }
}
