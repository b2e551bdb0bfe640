import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Concerns and their append-only history, in-app notifications and the email outbox. */
export class Escalations1795412225908 implements MigrationInterface {
  name = 'Escalations1795412225908';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "concerns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "raised_by_user_id" uuid NOT NULL, "from_action_id" uuid, "what_is_wrong" text NOT NULL, "child_wants" text NOT NULL, "themes" text array NOT NULL, "raised_on" date NOT NULL, "stage" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "stage_entered_on" date NOT NULL, "stage_deadline" date, "responded_at_stage" boolean NOT NULL DEFAULT false, "information_due_on" date, "triaged" boolean NOT NULL DEFAULT false, "reached_commissioner_on" date, "overdue_notified_key" text, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "concerns_themes_not_empty" CHECK (cardinality("themes") > 0), CONSTRAINT "concerns_status_valid" CHECK ("status" IN ('OPEN', 'RESOLVED', 'WITHDRAWN')), CONSTRAINT "concerns_stage_valid" CHECK ("stage" IN ('INFORMAL', 'TEAM_MANAGER', 'SERVICE_MANAGER', 'DIRECTOR', 'CHILDRENS_COMMISSIONER', 'COURT')), CONSTRAINT "PK_743844335346f7379d1fc28950a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "concerns_child_idx" ON "concerns" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "concerns_local_authority_idx" ON "concerns" ("local_authority_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "concerns_from_action_unique" ON "concerns" ("from_action_id") `);
    await queryRunner.query(`CREATE INDEX "concerns_open_deadline_idx" ON "concerns" ("stage_deadline") WHERE "status" = 'OPEN'`);
    await queryRunner.query(
      `CREATE TABLE "concern_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "sequence" integer NOT NULL, "kind" text NOT NULL, "stage" text NOT NULL, "actor_user_id" uuid, "actor_role" text NOT NULL, "asked" text, "answer" text, "evidence" jsonb NOT NULL DEFAULT '[]', "details" jsonb NOT NULL DEFAULT '{}', "audience" text array NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d386aa7351010aab85c29199109" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "concern_events_sequence_unique" ON "concern_events" ("concern_id", "sequence") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "message" text NOT NULL, "link" text NOT NULL, "concern_id" uuid, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications" ("user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_user_dedupe_unique" ON "notifications" ("user_id", "dedupe_key") `);
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" text NOT NULL DEFAULT 'EMAIL', "to_address" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_6f3961995f8bb537f70eb94c956" UNIQUE ("notification_id"), CONSTRAINT "REL_6f3961995f8bb537f70eb94c95" UNIQUE ("notification_id"), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "outbox_messages_unsent_idx" ON "outbox_messages" ("created_at") WHERE "sent_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "concerns" ADD CONSTRAINT "FK_dfe9ca149fdb0ebe8239427def7" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concerns" ADD CONSTRAINT "FK_30689ab3996ace247b45bbf4298" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concerns" ADD CONSTRAINT "FK_c2544e93c03ebdf0094648557b7" FOREIGN KEY ("raised_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concerns" ADD CONSTRAINT "FK_4d019d51efd42ef2310a367311c" FOREIGN KEY ("from_action_id") REFERENCES "meeting_actions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concern_events" ADD CONSTRAINT "FK_3ecfed7d2a97c76c25c63ff1b00" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concern_events" ADD CONSTRAINT "FK_f8120f68634d89dda4bf6fb9749" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "FK_6f3961995f8bb537f70eb94c956" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A concern's history is append-only: the database refuses to change or remove a step.
    await queryRunner.query(`CREATE FUNCTION "concern_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'concern_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "concern_events_append_only" BEFORE UPDATE OR DELETE ON "concern_events" FOR EACH ROW EXECUTE FUNCTION "concern_events_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "concern_events_no_truncate" BEFORE TRUNCATE ON "concern_events" FOR EACH STATEMENT EXECUTE FUNCTION "concern_events_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "concern_events_no_truncate" ON "concern_events"`);
    await queryRunner.query(`DROP TRIGGER "concern_events_append_only" ON "concern_events"`);
    await queryRunner.query(`DROP FUNCTION "concern_events_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "FK_6f3961995f8bb537f70eb94c956"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "concern_events" DROP CONSTRAINT "FK_f8120f68634d89dda4bf6fb9749"`);
    await queryRunner.query(`ALTER TABLE "concern_events" DROP CONSTRAINT "FK_3ecfed7d2a97c76c25c63ff1b00"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_4d019d51efd42ef2310a367311c"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_c2544e93c03ebdf0094648557b7"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_30689ab3996ace247b45bbf4298"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_dfe9ca149fdb0ebe8239427def7"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_unsent_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_dedupe_unique"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."concern_events_sequence_unique"`);
    await queryRunner.query(`DROP TABLE "concern_events"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_open_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_from_action_unique"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_local_authority_idx"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_child_idx"`);
    await queryRunner.query(`DROP TABLE "concerns"`);
  }
}
