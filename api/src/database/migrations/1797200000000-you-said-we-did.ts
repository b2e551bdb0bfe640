import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "You said, we did": `child_view_outcomes`, what became of each thing the child said or asked for (one per child
 * view), which decision or action answered it, the reason when partly or not done, whether the child agreed it may
 * be shown to them, and a version for optimistic concurrency. Written only by the you-said-we-did feature.
 */
export class YouSaidWeDid1797200000000 implements MigrationInterface {
  name = 'YouSaidWeDid1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "child_view_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "view_id" uuid NOT NULL, "raised_at_meeting_id" uuid NOT NULL, "decision_id" uuid, "action_id" uuid, "outcome" text NOT NULL, "reason" text, "show_to_child" boolean NOT NULL DEFAULT false, "updated_by_user_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "child_view_outcomes_reason_given" CHECK ("outcome" NOT IN ('PARTLY', 'NOT_DONE') OR "reason" IS NOT NULL), CONSTRAINT "child_view_outcomes_outcome_valid" CHECK ("outcome" IN ('OPEN', 'DONE', 'PARTLY', 'NOT_DONE')), CONSTRAINT "PK_36930f7fd938e729ff70d04d773" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "child_view_outcomes_view_unique" ON "child_view_outcomes" ("view_id") `);
    await queryRunner.query(
      `ALTER TABLE "child_view_outcomes" ADD CONSTRAINT "FK_b08a8f5e0f6fc713e17c26de8dd" FOREIGN KEY ("view_id") REFERENCES "child_views"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_view_outcomes" ADD CONSTRAINT "FK_d5c3dc94c341847d6269a5e5245" FOREIGN KEY ("raised_at_meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_view_outcomes" ADD CONSTRAINT "FK_d5cf9b1b6af2af2af25038c13f0" FOREIGN KEY ("decision_id") REFERENCES "meeting_decisions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_view_outcomes" ADD CONSTRAINT "FK_e5e61dec59f2ed8435039ec2eba" FOREIGN KEY ("action_id") REFERENCES "meeting_actions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "child_view_outcomes"`);
  }
}
