import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The child's own plain-words record of each completed meeting (`meeting_child_records`, owned by meeting-child-record). */

export class MeetingChildRecords1797300000000 implements MigrationInterface {
  name = 'MeetingChildRecords1797300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_child_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "text" text NOT NULL, "drafted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_by_user_id" uuid NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "gone_through_on" date, "child_said" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4980835b5fe681fb90d7db7b4c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "meeting_child_records_meeting_uq" ON "meeting_child_records" ("meeting_id") `);
    await queryRunner.query(
      `ALTER TABLE "meeting_child_records" ADD CONSTRAINT "FK_ea65dbdd26cd23f601a87530759" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_child_records" ADD CONSTRAINT "FK_2d7b202af9048e1df18c32e27d6" FOREIGN KEY ("edited_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_child_records" DROP CONSTRAINT "FK_2d7b202af9048e1df18c32e27d6"`);
    await queryRunner.query(`ALTER TABLE "meeting_child_records" DROP CONSTRAINT "FK_ea65dbdd26cd23f601a87530759"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_child_records_meeting_uq"`);
    await queryRunner.query(`DROP TABLE "meeting_child_records"`);
  }
}
