import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the reply-overdue job flagged a child's message (once), so the flag is shown, counted and never sent twice. */
export class ChildMessageOverdueFlag1797620000000 implements MigrationInterface {
  name = 'ChildMessageOverdueFlag1797620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_channel_messages" ADD "overdue_flagged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "child_channel_messages_awaiting_reply" ON "child_channel_messages" ("reply_due_at") WHERE "replied_at" IS NULL AND "overdue_flagged_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."child_channel_messages_awaiting_reply"`);
    await queryRunner.query(`ALTER TABLE "child_channel_messages" DROP COLUMN "overdue_flagged_at"`);
  }
}
