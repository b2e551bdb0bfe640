import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MeetingParts1797710000000 implements MigrationInterface {
  name = 'MeetingParts1797710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_family_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "who" text NOT NULL, "name" text NOT NULL, "relationship" text NOT NULL, "views" text NOT NULL, "visibility" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_family_views_visibility_valid" CHECK ("visibility" IN ('ATTENDEES', 'LA_ONLY')), CONSTRAINT "meeting_family_views_who_valid" CHECK ("who" IN ('PARENT', 'CARER', 'OTHER_FAMILY')), CONSTRAINT "PK_783cfe2080b091f1dc0a8715690" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_family_views_meeting_idx" ON "meeting_family_views" ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_parts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "attendees" text array NOT NULL, "child_attended" boolean NOT NULL, "child_chair" text NOT NULL DEFAULT 'NONE', "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_parts_child_chair_valid" CHECK ("child_chair" IN ('NONE', 'CHAIR', 'CO_CHAIR')), CONSTRAINT "PK_d38e39c1366fd90283b803a557b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_parts_meeting_position_uq" ON "meeting_parts" ("meeting_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "meeting_part_decisions" ("decision_id" uuid NOT NULL, "part_id" uuid NOT NULL, CONSTRAINT "PK_5946b332aac1d13630a42a88245" PRIMARY KEY ("decision_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_part_decisions_part_idx" ON "meeting_part_decisions" ("part_id") `);
    await queryRunner.query(
      `CREATE TABLE "missed_decision_briefings" ("decision_id" uuid NOT NULL, "told_on" date NOT NULL, "child_said" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ce78c78fcf9cd563f331ee92db4" PRIMARY KEY ("decision_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_family_views" ADD CONSTRAINT "FK_2617f9705e48ac559935440b40a" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_family_views" ADD CONSTRAINT "FK_8da857c11fc6ad58175d0f7a4d3" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_parts" ADD CONSTRAINT "FK_d65e46baac46dac3a1af7b3c93e" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_parts" ADD CONSTRAINT "FK_6e1d92c61affe75f6f461507afc" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_part_decisions" ADD CONSTRAINT "FK_5946b332aac1d13630a42a88245" FOREIGN KEY ("decision_id") REFERENCES "meeting_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_part_decisions" ADD CONSTRAINT "FK_b13997412d9fce8bba0a889c197" FOREIGN KEY ("part_id") REFERENCES "meeting_parts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missed_decision_briefings" ADD CONSTRAINT "FK_ce78c78fcf9cd563f331ee92db4" FOREIGN KEY ("decision_id") REFERENCES "meeting_decisions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missed_decision_briefings" ADD CONSTRAINT "FK_a10106a2ee54fdb97328d191855" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missed_decision_briefings" DROP CONSTRAINT "FK_a10106a2ee54fdb97328d191855"`);
    await queryRunner.query(`ALTER TABLE "missed_decision_briefings" DROP CONSTRAINT "FK_ce78c78fcf9cd563f331ee92db4"`);
    await queryRunner.query(`ALTER TABLE "meeting_part_decisions" DROP CONSTRAINT "FK_b13997412d9fce8bba0a889c197"`);
    await queryRunner.query(`ALTER TABLE "meeting_part_decisions" DROP CONSTRAINT "FK_5946b332aac1d13630a42a88245"`);
    await queryRunner.query(`ALTER TABLE "meeting_parts" DROP CONSTRAINT "FK_6e1d92c61affe75f6f461507afc"`);
    await queryRunner.query(`ALTER TABLE "meeting_parts" DROP CONSTRAINT "FK_d65e46baac46dac3a1af7b3c93e"`);
    await queryRunner.query(`ALTER TABLE "meeting_family_views" DROP CONSTRAINT "FK_8da857c11fc6ad58175d0f7a4d3"`);
    await queryRunner.query(`ALTER TABLE "meeting_family_views" DROP CONSTRAINT "FK_2617f9705e48ac559935440b40a"`);
    await queryRunner.query(`DROP TABLE "missed_decision_briefings"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_part_decisions_part_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_part_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_parts_meeting_position_uq"`);
    await queryRunner.query(`DROP TABLE "meeting_parts"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_family_views_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_family_views"`);
  }
}
