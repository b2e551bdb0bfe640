import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reassignment closes the old assignment's open offer (the new advocate makes a new one), so a child has
 * one open offer at a time. Closing is recorded on the offer (when and why); nothing is deleted, and a
 * closed offer never gets an outcome. Offers left open by earlier reassignments are closed here the same way.
 */
export class OffersClosedOnReassignment1796200000000 implements MigrationInterface {
  name = 'OffersClosedOnReassignment1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" ADD "closed_on" date`);
    await queryRunner.query(`ALTER TABLE "offers" ADD "closed_reason" text`);
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "offers_closed_without_outcome" CHECK (("closed_on" IS NULL) = ("closed_reason" IS NULL) AND ("closed_on" IS NULL OR "outcome" IS NULL))`,
    );
    await queryRunner.query(
      `UPDATE "offers" o SET "closed_on" = GREATEST(a."ended_on", o."prompted_on"), "closed_reason" = 'REASSIGNED'
         FROM "assignments" a
        WHERE a."id" = o."assignment_id" AND o."outcome" IS NULL AND a."ended_on" IS NOT NULL AND a."end_reason" <> 'LEFT_CARE'
          AND EXISTS (SELECT 1 FROM "assignments" n WHERE n."child_id" = a."child_id" AND n."start_reason" = 'REASSIGNED' AND n."started_on" >= a."ended_on")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "offers_closed_without_outcome"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "closed_reason"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP COLUMN "closed_on"`);
  }
}
