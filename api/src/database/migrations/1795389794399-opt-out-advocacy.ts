import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OptOutAdvocacy1795389794399 implements MigrationInterface {
  name = 'OptOutAdvocacy1795389794399';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "advocates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "advocacy_provider_id" uuid NOT NULL, "employing_local_authority_id" uuid, "caseload_cap" integer NOT NULL DEFAULT '40', "active_caseload" integer NOT NULL DEFAULT '0', "languages" text array NOT NULL DEFAULT '{}', "contact_phone" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_03d507aa8d079a92e502b9b4b6" UNIQUE ("user_id"), CONSTRAINT "advocates_cap_not_negative" CHECK ("caseload_cap" >= 0), CONSTRAINT "advocates_caseload_not_negative" CHECK ("active_caseload" >= 0), CONSTRAINT "advocates_within_cap" CHECK ("active_caseload" <= "caseload_cap"), CONSTRAINT "PK_ffd87d342a3cafe13a01bb1f5c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "advocates_user_id_unique" ON "advocates" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "advocates_provider_idx" ON "advocates" ("advocacy_provider_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "advocate_id" uuid NOT NULL, "started_on" date NOT NULL, "start_reason" text NOT NULL, "ended_on" date, "end_reason" text, "end_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "assignments_end_after_start" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "assignments_end_reason_with_end" CHECK (("ended_on" IS NULL) = ("end_reason" IS NULL)), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "assignments_child_idx" ON "assignments" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "assignments_advocate_idx" ON "assignments" ("advocate_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assignments_one_active_per_child" ON "assignments" ("child_id") WHERE "ended_on" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "awaiting_advocate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "waiting_since" date NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "assignment_id" uuid, CONSTRAINT "PK_c8a2e83bae51836cff1fc3e6559" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "awaiting_advocate_queued_at_idx" ON "awaiting_advocate" ("queued_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "awaiting_advocate_one_open_per_child" ON "awaiting_advocate" ("child_id") WHERE "resolved_at" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "care_episodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "reason_new_episode" text, "legal_status" text, "placement_type" text, "reason_ended" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "care_episodes_end_after_start" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_e0261ec507a6a6774e6f8296190" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "care_episodes_child_idx" ON "care_episodes" ("child_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "care_episodes_one_open_per_child" ON "care_episodes" ("child_id") WHERE "end_date" IS NULL`);
    await queryRunner.query(
      `CREATE TABLE "la_staff" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "manager_id" uuid, "experienced" boolean NOT NULL DEFAULT false, "user_id" uuid, CONSTRAINT "la_staff_role_valid" CHECK ("role" IN ('SOCIAL_WORKER', 'TEAM_MANAGER')), CONSTRAINT "PK_84b37c42ac77132cb25e4de2491" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "la_staff_local_authority_idx" ON "la_staff" ("local_authority_id") `);
    await queryRunner.query(
      `CREATE TABLE "child_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "decided_on" date NOT NULL, "child_words" text, "offer_id" uuid, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "child_decisions_kind_valid" CHECK ("kind" IN ('ACCEPTED', 'OPTED_OUT', 'OPTED_BACK_IN', 'NON_INSTRUCTED')), CONSTRAINT "PK_de752956bdb75a2134989614313" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "child_decisions_child_idx" ON "child_decisions" ("child_id") `);
    await queryRunner.query(
      `CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "reason" text NOT NULL, "prompted_on" date NOT NULL, "due_on" date NOT NULL, "due_explanation" text NOT NULL, "outcome" text, "outcome_on" date, "child_words" text, "non_instructed_reason" text, "outcome_recorded_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "offers_non_instructed_has_reason" CHECK ("outcome" IS DISTINCT FROM 'NON_INSTRUCTED' OR length(trim("non_instructed_reason")) > 0), CONSTRAINT "offers_opt_out_has_words" CHECK ("outcome" IS DISTINCT FROM 'OPTED_OUT' OR length(trim("child_words")) > 0), CONSTRAINT "offers_outcome_valid" CHECK ("outcome" IS NULL OR "outcome" IN ('ACCEPTED', 'OPTED_OUT', 'NON_INSTRUCTED')), CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "offers_child_idx" ON "offers" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "offers_assignment_idx" ON "offers" ("assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "provider_coverage" ("advocacy_provider_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, CONSTRAINT "PK_eff90173ef75df8d4e1d2367f1b" PRIMARY KEY ("advocacy_provider_id", "local_authority_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "trigger_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "occurred_on" date NOT NULL, "recorded_by_user_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "trigger_events_kind_valid" CHECK ("kind" IN ('ENTERED_CARE', 'FAMILY_GROUP_DECISION_MAKING', 'CARE_PROCEEDINGS_STARTED')), CONSTRAINT "PK_79b99021ec2ba03ea07050a924f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "trigger_events_child_idx" ON "trigger_events" ("child_id") `);
    await queryRunner.query(`ALTER TABLE "children" ADD "sex" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "ethnicity" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "first_language" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "communication_needs" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "legal_status" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "placement_type" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "placement_provider" text`);
    await queryRunner.query(`ALTER TABLE "children" ADD "sibling_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "children" ADD "allocated_social_worker_id" uuid`);
    await queryRunner.query(`CREATE INDEX "children_sibling_group_idx" ON "children" ("sibling_group_id") `);
    await queryRunner.query(
      `ALTER TABLE "advocates" ADD CONSTRAINT "FK_03d507aa8d079a92e502b9b4b6c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advocates" ADD CONSTRAINT "FK_0ebf582c75e7512feb77a6abbd7" FOREIGN KEY ("advocacy_provider_id") REFERENCES "advocacy_providers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advocates" ADD CONSTRAINT "FK_13b7bc7cc672e80f8a6828761d5" FOREIGN KEY ("employing_local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_4b2942f630fbe0d6a719eefd2d4" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_a76fe8abafd9e201c6d10121e2b" FOREIGN KEY ("advocate_id") REFERENCES "advocates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "awaiting_advocate" ADD CONSTRAINT "FK_087fe045b346813ef6f8d464f8b" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "care_episodes" ADD CONSTRAINT "FK_3c34271793d812a1f282590fc11" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_staff" ADD CONSTRAINT "FK_86620bb3a1b789cc5c906bfa723" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_staff" ADD CONSTRAINT "FK_bb7e2e7d537b0d9b766355c2b55" FOREIGN KEY ("manager_id") REFERENCES "la_staff"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_staff" ADD CONSTRAINT "FK_57f17eadf68c6b6e89a319466f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_decisions" ADD CONSTRAINT "FK_09efa3739ed35d5db09c8e8fd37" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_b1146ebadd6903f9b4e5d3e7b62" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offers" ADD CONSTRAINT "FK_5c5ec3758ad568279fcb971e0de" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_coverage" ADD CONSTRAINT "FK_596f844cf1dd699b3890a16f3e1" FOREIGN KEY ("advocacy_provider_id") REFERENCES "advocacy_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "provider_coverage" ADD CONSTRAINT "FK_39c26e4bb88ec18f2c6b690a380" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trigger_events" ADD CONSTRAINT "FK_36b0df6934119e11a09c2a8f904" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trigger_events" DROP CONSTRAINT "FK_36b0df6934119e11a09c2a8f904"`);
    await queryRunner.query(`ALTER TABLE "provider_coverage" DROP CONSTRAINT "FK_39c26e4bb88ec18f2c6b690a380"`);
    await queryRunner.query(`ALTER TABLE "provider_coverage" DROP CONSTRAINT "FK_596f844cf1dd699b3890a16f3e1"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_5c5ec3758ad568279fcb971e0de"`);
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_b1146ebadd6903f9b4e5d3e7b62"`);
    await queryRunner.query(`ALTER TABLE "child_decisions" DROP CONSTRAINT "FK_09efa3739ed35d5db09c8e8fd37"`);
    await queryRunner.query(`ALTER TABLE "la_staff" DROP CONSTRAINT "FK_57f17eadf68c6b6e89a319466f4"`);
    await queryRunner.query(`ALTER TABLE "la_staff" DROP CONSTRAINT "FK_bb7e2e7d537b0d9b766355c2b55"`);
    await queryRunner.query(`ALTER TABLE "la_staff" DROP CONSTRAINT "FK_86620bb3a1b789cc5c906bfa723"`);
    await queryRunner.query(`ALTER TABLE "care_episodes" DROP CONSTRAINT "FK_3c34271793d812a1f282590fc11"`);
    await queryRunner.query(`ALTER TABLE "awaiting_advocate" DROP CONSTRAINT "FK_087fe045b346813ef6f8d464f8b"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_a76fe8abafd9e201c6d10121e2b"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_4b2942f630fbe0d6a719eefd2d4"`);
    await queryRunner.query(`ALTER TABLE "advocates" DROP CONSTRAINT "FK_13b7bc7cc672e80f8a6828761d5"`);
    await queryRunner.query(`ALTER TABLE "advocates" DROP CONSTRAINT "FK_0ebf582c75e7512feb77a6abbd7"`);
    await queryRunner.query(`ALTER TABLE "advocates" DROP CONSTRAINT "FK_03d507aa8d079a92e502b9b4b6c"`);
    await queryRunner.query(`DROP INDEX "public"."children_sibling_group_idx"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "allocated_social_worker_id"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "sibling_group_id"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "placement_provider"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "placement_type"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "legal_status"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "communication_needs"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "first_language"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "ethnicity"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "sex"`);
    await queryRunner.query(`DROP INDEX "public"."trigger_events_child_idx"`);
    await queryRunner.query(`DROP TABLE "trigger_events"`);
    await queryRunner.query(`DROP TABLE "provider_coverage"`);
    await queryRunner.query(`DROP INDEX "public"."offers_assignment_idx"`);
    await queryRunner.query(`DROP INDEX "public"."offers_child_idx"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP INDEX "public"."child_decisions_child_idx"`);
    await queryRunner.query(`DROP TABLE "child_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."la_staff_local_authority_idx"`);
    await queryRunner.query(`DROP TABLE "la_staff"`);
    await queryRunner.query(`DROP INDEX "public"."care_episodes_one_open_per_child"`);
    await queryRunner.query(`DROP INDEX "public"."care_episodes_child_idx"`);
    await queryRunner.query(`DROP TABLE "care_episodes"`);
    await queryRunner.query(`DROP INDEX "public"."awaiting_advocate_one_open_per_child"`);
    await queryRunner.query(`DROP INDEX "public"."awaiting_advocate_queued_at_idx"`);
    await queryRunner.query(`DROP TABLE "awaiting_advocate"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_one_active_per_child"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_advocate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."assignments_child_idx"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."advocates_provider_idx"`);
    await queryRunner.query(`DROP INDEX "public"."advocates_user_id_unique"`);
    await queryRunner.query(`DROP TABLE "advocates"`);
  }
}
