import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Themes the Commissioner puts to local authorities (`theme_requests`) and their follow-ups (`theme_follow_ups`), owned by theme-answers. */

export class ThemeRequests1797870000000 implements MigrationInterface {
  name = 'ThemeRequests1797870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "theme_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "theme" text NOT NULL, "question" text NOT NULL, "put_by_user_id" uuid NOT NULL, "put_at" TIMESTAMP WITH TIME ZONE NOT NULL, "put_on" date NOT NULL, "deadline" date NOT NULL, "found" text, "will_do" text, "by_when" date, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_on" date, "answered_by_user_id" uuid, CONSTRAINT "theme_requests_answer_complete" CHECK (("answered_at" IS NULL) = ("found" IS NULL) AND ("answered_at" IS NULL) = ("will_do" IS NULL) AND ("answered_at" IS NULL) = ("by_when" IS NULL) AND ("answered_at" IS NULL) = ("answered_on" IS NULL)), CONSTRAINT "PK_12d21d6f64536715c7b1c707761" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "theme_requests_local_authority_idx" ON "theme_requests" ("local_authority_id") `);
    await queryRunner.query(
      `CREATE TABLE "theme_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "theme_request_id" uuid NOT NULL, "action" text NOT NULL, "owner" text NOT NULL, "due_on" date NOT NULL, "state" text NOT NULL DEFAULT 'OPEN', "added_by_user_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_user_id" uuid, CONSTRAINT "theme_follow_ups_done_when_completed" CHECK (("state" = 'DONE') = ("completed_at" IS NOT NULL)), CONSTRAINT "theme_follow_ups_state_valid" CHECK ("state" IN ('OPEN', 'DONE')), CONSTRAINT "PK_1462e4ac16ddbe2d8f694a4489b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "theme_follow_ups_request_idx" ON "theme_follow_ups" ("theme_request_id") `);
    await queryRunner.query(
      `ALTER TABLE "theme_requests" ADD CONSTRAINT "FK_dde16d1731150c36a8d1000b146" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_requests" ADD CONSTRAINT "FK_895b0534c3acf2f0e161bb20e91" FOREIGN KEY ("put_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_requests" ADD CONSTRAINT "FK_8cde29614c2f66ed76d618fa90c" FOREIGN KEY ("answered_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_follow_ups" ADD CONSTRAINT "FK_04f7514e23a1b7bc65299b10ead" FOREIGN KEY ("theme_request_id") REFERENCES "theme_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_follow_ups" ADD CONSTRAINT "FK_790b8dc48bc63995f8ef3291909" FOREIGN KEY ("added_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_follow_ups" ADD CONSTRAINT "FK_e932479913f5b51afff7156131c" FOREIGN KEY ("completed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "theme_follow_ups" DROP CONSTRAINT "FK_e932479913f5b51afff7156131c"`);
    await queryRunner.query(`ALTER TABLE "theme_follow_ups" DROP CONSTRAINT "FK_790b8dc48bc63995f8ef3291909"`);
    await queryRunner.query(`ALTER TABLE "theme_follow_ups" DROP CONSTRAINT "FK_04f7514e23a1b7bc65299b10ead"`);
    await queryRunner.query(`ALTER TABLE "theme_requests" DROP CONSTRAINT "FK_8cde29614c2f66ed76d618fa90c"`);
    await queryRunner.query(`ALTER TABLE "theme_requests" DROP CONSTRAINT "FK_895b0534c3acf2f0e161bb20e91"`);
    await queryRunner.query(`ALTER TABLE "theme_requests" DROP CONSTRAINT "FK_dde16d1731150c36a8d1000b146"`);
    await queryRunner.query(`DROP INDEX "public"."theme_follow_ups_request_idx"`);
    await queryRunner.query(`DROP TABLE "theme_follow_ups"`);
    await queryRunner.query(`DROP INDEX "public"."theme_requests_local_authority_idx"`);
    await queryRunner.query(`DROP TABLE "theme_requests"`);
  }
}
