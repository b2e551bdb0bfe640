import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CarePlanningMeetings1795392100000 implements MigrationInterface {
  name = 'CarePlanningMeetings1795392100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "scheduled_on" date NOT NULL, "place" text NOT NULL, "invitees" text array NOT NULL DEFAULT '{}', "chair_staff_id" uuid NOT NULL, "advocate_id" uuid, "status" text NOT NULL DEFAULT 'SCHEDULED', "held_on" date, "attendees" text array NOT NULL DEFAULT '{}', "participation_code" text, "child_self_representing" boolean NOT NULL DEFAULT false, "minutes" text, "summary_for_child" text, "scheduled_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_participation_valid" CHECK ("participation_code" IS NULL OR "participation_code" IN ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')), CONSTRAINT "meetings_status_valid" CHECK ("status" IN ('SCHEDULED', 'HELD', 'COMPLETED', 'CANCELLED')), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_child_idx" ON "meetings" ("child_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "what" text NOT NULL, "owner" text NOT NULL, "due_on" date NOT NULL, "monitoring" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "carry_overs" integer NOT NULL DEFAULT '0', "last_reviewed_meeting_id" uuid, "review_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_actions_carry_overs_not_negative" CHECK ("carry_overs" >= 0), CONSTRAINT "meeting_actions_status_valid" CHECK ("status" IN ('OPEN', 'DONE', 'NOT_DONE')), CONSTRAINT "PK_4e701fbcdc5c3bd77f4cb06f545" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_actions_child_idx" ON "meeting_actions" ("child_id") `);
    await queryRunner.query(
      `CREATE TABLE "child_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "shareable" boolean NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "child_views_kind_valid" CHECK ("kind" IN ('WISHES_AND_FEELINGS', 'TO_RAISE', 'HOW_TO_TAKE_PART', 'SELF_REPRESENTATION')), CONSTRAINT "PK_1c154ee460330e2f54e7fb95212" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "child_views_meeting_idx" ON "child_views" ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "text" text NOT NULL, "significant" boolean NOT NULL, "advocate_input" text, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0b1f30eb05f77cd5b817f7c7d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_decisions_meeting_idx" ON "meeting_decisions" ("meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_b72960d4e6b78a550249b075b11" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_555517381524df52deb4b164ae6" FOREIGN KEY ("chair_staff_id") REFERENCES "la_staff"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_actions" ADD CONSTRAINT "FK_c466effe924a58033a247d8b847" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_actions" ADD CONSTRAINT "FK_0575e240d89893fc997bda98332" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_views" ADD CONSTRAINT "FK_f97349c6e7f10ead9856c42afbd" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_fef9ecaae955c88fb316a11a5fa"`);
    await queryRunner.query(`ALTER TABLE "child_views" DROP CONSTRAINT "FK_f97349c6e7f10ead9856c42afbd"`);
    await queryRunner.query(`ALTER TABLE "meeting_actions" DROP CONSTRAINT "FK_0575e240d89893fc997bda98332"`);
    await queryRunner.query(`ALTER TABLE "meeting_actions" DROP CONSTRAINT "FK_c466effe924a58033a247d8b847"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_555517381524df52deb4b164ae6"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_b72960d4e6b78a550249b075b11"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_decisions_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."child_views_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "child_views"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_actions_child_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_actions"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_child_idx"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
