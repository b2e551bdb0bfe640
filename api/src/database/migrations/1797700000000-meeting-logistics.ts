import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's logistics (time, length, venue, the child's preferred venue and time, when the social worker's
 * report reached the advocate), its invitations by attendee role, and calendar-file attachments on outbox emails.
 */
export class MeetingLogistics1797700000000 implements MigrationInterface {
  name = 'MeetingLogistics1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_logistics" ("meeting_id" uuid NOT NULL, "start_time" text, "length_minutes" integer, "venue_kind" text, "venue_details" text, "preferred_venue_kind" text, "preferred_details" text, "preferred_recorded_at" TIMESTAMP WITH TIME ZONE, "papers_shared_on" date, "invitations_first_sent_on" date, "sequence" integer NOT NULL DEFAULT 0, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_logistics_venue_valid" CHECK ("venue_kind" IS NULL OR "venue_kind" IN ('CHILDS_HOME', 'SCHOOL', 'LA_OFFICE', 'COMMUNITY', 'ONLINE')), CONSTRAINT "meeting_logistics_preferred_venue_valid" CHECK ("preferred_venue_kind" IS NULL OR "preferred_venue_kind" IN ('CHILDS_HOME', 'SCHOOL', 'LA_OFFICE', 'COMMUNITY', 'ONLINE')), CONSTRAINT "PK_meeting_logistics" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_logistics" ADD CONSTRAINT "FK_meeting_logistics_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "role" text NOT NULL, "name" text NOT NULL, "email" text, "sent_on" date, "sent_sequence" integer, "added_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_invitations_role_valid" CHECK ("role" IN ('CHILD', 'PARENT', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE', 'OTHER')), CONSTRAINT "PK_meeting_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_invitations_meeting_idx" ON "meeting_invitations" ("meeting_id")`);
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_meeting_invitations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_invitations" ADD CONSTRAINT "FK_meeting_invitations_added_by" FOREIGN KEY ("added_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "attachment_name" text`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "attachment_content_type" text`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "attachment" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "attachment"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "attachment_content_type"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "attachment_name"`);
    await queryRunner.query(`DROP TABLE "meeting_invitations"`);
    await queryRunner.query(`DROP TABLE "meeting_logistics"`);
  }
}
