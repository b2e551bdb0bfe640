import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, organisations, children and the append-only audit log. */
export class Initial1763850000000 implements MigrationInterface {
  name = 'Initial1763850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text, "request_id" text, "client_address" text, "details" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "advocacy_providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_081eaea63872a5fade69c0363ba" UNIQUE ("name"), CONSTRAINT "PK_9365d7ed40545d374db2c9a0418" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "local_authorities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(3) NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e5e29f343120c70cef30a806e3e" UNIQUE ("code"), CONSTRAINT "PK_4459741634fb4fff5d87fbe305b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "password_hash" text NOT NULL, "local_authority_id" uuid, "advocacy_provider_id" uuid, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_email_lower_case" CHECK ("email" = lower("email")), CONSTRAINT "users_advocate_has_provider" CHECK ("role" <> 'ADVOCATE' OR "advocacy_provider_id" IS NOT NULL), CONSTRAINT "users_la_manager_has_la" CHECK ("role" <> 'LA_MANAGER' OR "local_authority_id" IS NOT NULL), CONSTRAINT "users_role_valid" CHECK ("role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "client_address" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_refresh_token_hash_unique" ON "sessions" ("refresh_token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "children" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "la_child_ref" text NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "preferred_name" text, "date_of_birth" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8c5a7cbebf2c702830ef38d22b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "children_la_child_ref_unique" ON "children" ("local_authority_id", "la_child_ref") `);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_d24c41dbe2feff6d6386365e52e" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_59a848a1cffd3ce11108118d68f" FOREIGN KEY ("advocacy_provider_id") REFERENCES "advocacy_providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "FK_c9468ddf707b904745c63dc0919" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit trail is append-only: the database itself refuses to change or remove a row.
    await queryRunner.query(`CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "FK_c9468ddf707b904745c63dc0919"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_59a848a1cffd3ce11108118d68f"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_d24c41dbe2feff6d6386365e52e"`);
    await queryRunner.query(`DROP INDEX "public"."children_la_child_ref_unique"`);
    await queryRunner.query(`DROP TABLE "children"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_refresh_token_hash_unique"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_unique"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "local_authorities"`);
    await queryRunner.query(`DROP TABLE "advocacy_providers"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_occurred_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
