import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An advocate's current children ("My children", caseloads, assignment) are found by their active
 * assignments. On the national dataset an advocate's history is about three times their caseload, so
 * the plain advocate index made every lookup fetch and discard the ended rows.
 */
export class ActiveAssignmentsByAdvocate1795430000000 implements MigrationInterface {
  name = 'ActiveAssignmentsByAdvocate1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "assignments_active_by_advocate" ON "assignments" ("advocate_id") WHERE "ended_on" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."assignments_active_by_advocate"`);
  }
}
