import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What became of each meeting decision (`decision_follow_through`, owned by decision-follow-through), and the paper
 * reviews between the yearly meetings of a child settled in long-term foster care (`paper_reviews`,
 * `paper_review_consultations`, owned by paper-reviews).
 */

export class DecisionsStickAndPaperReviews1797730000000 implements MigrationInterface {
  name = 'DecisionsStickAndPaperReviews1797730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "decision_follow_through" ("decision_id" uuid NOT NULL, "implement_by" date, "implemented_on" date, "implemented_by_user_id" uuid, "challenged_on" date, "challenge_reasons" text, "challenged_by_user_id" uuid, "concern_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_follow_through_challenge_has_reasons" CHECK ("challenged_on" IS NULL OR "challenge_reasons" IS NOT NULL), CONSTRAINT "decision_follow_through_one_outcome" CHECK ("implemented_on" IS NULL OR "challenged_on" IS NULL), CONSTRAINT "PK_9cb0d1ecc13c99963798cb1697b" PRIMARY KEY ("decision_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "decision_follow_through_concern_uq" ON "decision_follow_through" ("concern_id") `);
    await queryRunner.query(
      `CREATE TABLE "paper_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "after_meeting_on" date NOT NULL, "due_on" date NOT NULL, "signed_off_on" date, "chair_staff_id" uuid, "signed_off_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "paper_reviews_signed_off_has_chair" CHECK ("signed_off_on" IS NULL OR ("chair_staff_id" IS NOT NULL AND "signed_off_by_user_id" IS NOT NULL)), CONSTRAINT "PK_fbb898e55e468b57ee9aa9949a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "paper_reviews_child_meeting_uq" ON "paper_reviews" ("child_id", "after_meeting_on") `);
    await queryRunner.query(
      `CREATE TABLE "paper_review_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "paper_review_id" uuid NOT NULL, "who" text NOT NULL, "consulted_on" date NOT NULL, "summary" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "paper_review_consultations_who_valid" CHECK ("who" IN ('CHILD', 'CARER', 'SOCIAL_WORKER')), CONSTRAINT "PK_602a1e2a8623eeac8c54dfc9f37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "paper_review_consultations_who_uq" ON "paper_review_consultations" ("paper_review_id", "who") `);
    await queryRunner.query(
      `ALTER TABLE "decision_follow_through" ADD CONSTRAINT "FK_9cb0d1ecc13c99963798cb1697b" FOREIGN KEY ("decision_id") REFERENCES "meeting_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_follow_through" ADD CONSTRAINT "FK_c61b156f976b820218d1b18e658" FOREIGN KEY ("implemented_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_follow_through" ADD CONSTRAINT "FK_9f48abd0b463b679fc4c0e48ce7" FOREIGN KEY ("challenged_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decision_follow_through" ADD CONSTRAINT "FK_74cb3c2b8da6fc6596c37ee62c5" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paper_reviews" ADD CONSTRAINT "FK_4189edaa1df2b5c1c3117f63b34" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paper_reviews" ADD CONSTRAINT "FK_72ef8dc99aec90e499cbc2d54a1" FOREIGN KEY ("chair_staff_id") REFERENCES "la_staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paper_reviews" ADD CONSTRAINT "FK_bcc03d958dbcd640446d5cb4ff0" FOREIGN KEY ("signed_off_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paper_review_consultations" ADD CONSTRAINT "FK_f68e59487b000904026e8e2bf3c" FOREIGN KEY ("paper_review_id") REFERENCES "paper_reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paper_review_consultations" ADD CONSTRAINT "FK_1e460a73fa21cf1061f35987a51" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "paper_review_consultations" DROP CONSTRAINT "FK_1e460a73fa21cf1061f35987a51"`);
    await queryRunner.query(`ALTER TABLE "paper_review_consultations" DROP CONSTRAINT "FK_f68e59487b000904026e8e2bf3c"`);
    await queryRunner.query(`ALTER TABLE "paper_reviews" DROP CONSTRAINT "FK_bcc03d958dbcd640446d5cb4ff0"`);
    await queryRunner.query(`ALTER TABLE "paper_reviews" DROP CONSTRAINT "FK_72ef8dc99aec90e499cbc2d54a1"`);
    await queryRunner.query(`ALTER TABLE "paper_reviews" DROP CONSTRAINT "FK_4189edaa1df2b5c1c3117f63b34"`);
    await queryRunner.query(`ALTER TABLE "decision_follow_through" DROP CONSTRAINT "FK_74cb3c2b8da6fc6596c37ee62c5"`);
    await queryRunner.query(`ALTER TABLE "decision_follow_through" DROP CONSTRAINT "FK_9f48abd0b463b679fc4c0e48ce7"`);
    await queryRunner.query(`ALTER TABLE "decision_follow_through" DROP CONSTRAINT "FK_c61b156f976b820218d1b18e658"`);
    await queryRunner.query(`ALTER TABLE "decision_follow_through" DROP CONSTRAINT "FK_9cb0d1ecc13c99963798cb1697b"`);
    await queryRunner.query(`DROP INDEX "public"."paper_review_consultations_who_uq"`);
    await queryRunner.query(`DROP TABLE "paper_review_consultations"`);
    await queryRunner.query(`DROP INDEX "public"."paper_reviews_child_meeting_uq"`);
    await queryRunner.query(`DROP TABLE "paper_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."decision_follow_through_concern_uq"`);
    await queryRunner.query(`DROP TABLE "decision_follow_through"`);
  }
}
