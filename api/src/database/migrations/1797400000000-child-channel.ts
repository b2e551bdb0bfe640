import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A child's secret link (its token kept only as a SHA-256 hash) and what the child sends through it, with the reply clock. */
export class ChildChannel1797400000000 implements MigrationInterface {
  name = 'ChildChannel1797400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "child_channel_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_user_id" uuid, CONSTRAINT "PK_1b6f7b0411b904b10011273a54c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "child_channel_links_token_hash" ON "child_channel_links" ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "child_channel_links_one_live_per_child" ON "child_channel_links" ("child_id") WHERE "revoked_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "child_channel_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "link_id" uuid NOT NULL, "kind" text NOT NULL, "text" text, "call_time" text, "urgent" boolean NOT NULL DEFAULT false, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reply_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "replied_at" TIMESTAMP WITH TIME ZONE, "replied_by_user_id" uuid, "reply_method" text, "reply_note" text, CONSTRAINT "child_channel_messages_replied_with_method" CHECK (("replied_at" IS NULL) = ("reply_method" IS NULL)), CONSTRAINT "child_channel_messages_reply_method" CHECK ("reply_method" IS NULL OR "reply_method" IN ('CALL', 'VISIT', 'MESSAGE')), CONSTRAINT "child_channel_messages_kind" CHECK ("kind" IN ('MESSAGE', 'CALL_ME', 'NOT_SAFE')), CONSTRAINT "PK_611a83ac455fb4666d4beb03f53" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "child_channel_messages_by_child" ON "child_channel_messages" ("child_id", "sent_at") `);
    await queryRunner.query(
      `ALTER TABLE "child_channel_links" ADD CONSTRAINT "FK_0c6a51bbfc48bfea7e3d77aad83" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_channel_messages" ADD CONSTRAINT "FK_96db3f9d77a86a396cb1a1c7d71" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_channel_messages" ADD CONSTRAINT "FK_dfe90093a8106bbba1dff85845c" FOREIGN KEY ("link_id") REFERENCES "child_channel_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_channel_messages" DROP CONSTRAINT "FK_dfe90093a8106bbba1dff85845c"`);
    await queryRunner.query(`ALTER TABLE "child_channel_messages" DROP CONSTRAINT "FK_96db3f9d77a86a396cb1a1c7d71"`);
    await queryRunner.query(`ALTER TABLE "child_channel_links" DROP CONSTRAINT "FK_0c6a51bbfc48bfea7e3d77aad83"`);
    await queryRunner.query(`DROP INDEX "public"."child_channel_messages_by_child"`);
    await queryRunner.query(`DROP TABLE "child_channel_messages"`);
    await queryRunner.query(`DROP INDEX "public"."child_channel_links_one_live_per_child"`);
    await queryRunner.query(`DROP INDEX "public"."child_channel_links_token_hash"`);
    await queryRunner.query(`DROP TABLE "child_channel_links"`);
  }
}
