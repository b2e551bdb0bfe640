import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Between meetings and after them: significant changes recorded outside a meeting (`significant_changes`, owned by
 * significant-changes), advocates' requests for an earlier meeting (`earlier_meeting_requests`, owned by earlier-meetings;
 * one open request per child) and the meeting record shared by role (`meeting_record_shares`, owned by meeting-record-shares).
 */
export class BetweenMeetings1797720000000 implements MigrationInterface {
  name = 'BetweenMeetings1797720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "earlier_meeting_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "reason" text NOT NULL, "requested_on" date NOT NULL, "answer_due_by" date NOT NULL, "answer_due_explanation" text NOT NULL, "answer" text, "answered_on" date, "meeting_on" date, "answer_reasons" text, "answered_by_user_id" uuid, "concern_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "earlier_meeting_requests_answer_valid" CHECK ("answer" IS NULL OR "answer" IN ('AGREED', 'DECLINED')), CONSTRAINT "PK_96b53b62c472bb68257432b921e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "earlier_meeting_requests_child_idx" ON "earlier_meeting_requests" ("child_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "earlier_meeting_requests_concern_uq" ON "earlier_meeting_requests" ("concern_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "earlier_meeting_requests_one_open" ON "earlier_meeting_requests" ("child_id") WHERE answer IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "meeting_record_shares" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "role" text NOT NULL, "shared_on" date NOT NULL, "shared_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_record_shares_role_valid" CHECK ("role" IN ('CHILD', 'PARENT', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE', 'OTHER')), CONSTRAINT "PK_59b194988b2e320e0e286e6ae8e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_record_shares_meeting_role_uq" ON "meeting_record_shares" ("meeting_id", "role") `);
    await queryRunner.query(
      `CREATE TABLE "significant_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "occurred_on" date NOT NULL, "what_changed" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "offered_again" boolean NOT NULL DEFAULT false, CONSTRAINT "significant_changes_kind_valid" CHECK ("kind" IN ('PLACEMENT', 'LEGAL_STATUS', 'CARE_PLAN')), CONSTRAINT "PK_f733ed5de7ffea2c253e307c47f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "significant_changes_child_idx" ON "significant_changes" ("child_id", "occurred_on") `);
    await queryRunner.query(
      `ALTER TABLE "earlier_meeting_requests" ADD CONSTRAINT "FK_039814fb92dfad2c4b5186c031a" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "earlier_meeting_requests" ADD CONSTRAINT "FK_cedf3b67defaf060dc93b7ab8e7" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "earlier_meeting_requests" ADD CONSTRAINT "FK_a337d9d434698c647546cef9b4e" FOREIGN KEY ("answered_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "earlier_meeting_requests" ADD CONSTRAINT "FK_33e51870cd71a22788c6e6a4ccd" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_record_shares" ADD CONSTRAINT "FK_6b3a903605b189c8bad1191bbea" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_record_shares" ADD CONSTRAINT "FK_8ac9bec0f35dd07e278c5d5bac9" FOREIGN KEY ("shared_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "significant_changes" ADD CONSTRAINT "FK_ed4e102661a82c5879579cf1a88" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "significant_changes" ADD CONSTRAINT "FK_e9aa58d4f2fa123bb1cbd5ef262" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "significant_changes" DROP CONSTRAINT "FK_e9aa58d4f2fa123bb1cbd5ef262"`);
    await queryRunner.query(`ALTER TABLE "significant_changes" DROP CONSTRAINT "FK_ed4e102661a82c5879579cf1a88"`);
    await queryRunner.query(`ALTER TABLE "meeting_record_shares" DROP CONSTRAINT "FK_8ac9bec0f35dd07e278c5d5bac9"`);
    await queryRunner.query(`ALTER TABLE "meeting_record_shares" DROP CONSTRAINT "FK_6b3a903605b189c8bad1191bbea"`);
    await queryRunner.query(`ALTER TABLE "earlier_meeting_requests" DROP CONSTRAINT "FK_33e51870cd71a22788c6e6a4ccd"`);
    await queryRunner.query(`ALTER TABLE "earlier_meeting_requests" DROP CONSTRAINT "FK_a337d9d434698c647546cef9b4e"`);
    await queryRunner.query(`ALTER TABLE "earlier_meeting_requests" DROP CONSTRAINT "FK_cedf3b67defaf060dc93b7ab8e7"`);
    await queryRunner.query(`ALTER TABLE "earlier_meeting_requests" DROP CONSTRAINT "FK_039814fb92dfad2c4b5186c031a"`);
    await queryRunner.query(`DROP INDEX "public"."significant_changes_child_idx"`);
    await queryRunner.query(`DROP TABLE "significant_changes"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_record_shares_meeting_role_uq"`);
    await queryRunner.query(`DROP TABLE "meeting_record_shares"`);
    await queryRunner.query(`DROP INDEX "public"."earlier_meeting_requests_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."earlier_meeting_requests_concern_uq"`);
    await queryRunner.query(`DROP INDEX "public"."earlier_meeting_requests_child_idx"`);
    await queryRunner.query(`DROP TABLE "earlier_meeting_requests"`);
  }
}
