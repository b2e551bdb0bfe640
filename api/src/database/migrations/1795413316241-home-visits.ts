import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Children's homes, placements, visit reports and their recommendations; concerns can come from a recommendation. */
export class HomeVisits1795413316241 implements MigrationInterface {
  name = 'HomeVisits1795413316241';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "children_homes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "provider_name" text NOT NULL, "provider_contact_email" text NOT NULL, "ofsted_urn" text NOT NULL, "address" text NOT NULL, "local_authority_id" uuid NOT NULL, "responsible_advocate_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ed95109522d44878f67fdea9e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "children_homes_ofsted_urn_unique" ON "children_homes" ("ofsted_urn") `);
    await queryRunner.query(`CREATE INDEX "children_homes_responsible_advocate_idx" ON "children_homes" ("responsible_advocate_id") `);
    await queryRunner.query(
      `CREATE TABLE "home_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "home_id" uuid NOT NULL, "advocate_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "visit_on" date, "report" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "home_visits_submitted_has_date" CHECK ("status" = 'DRAFT' OR "visit_on" IS NOT NULL), CONSTRAINT "home_visits_status_valid" CHECK ("status" IN ('DRAFT', 'SUBMITTED')), CONSTRAINT "PK_3d83d4351c6c8ae26da5d51c5e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "home_visits_home_idx" ON "home_visits" ("home_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "home_visits_one_draft_per_home" ON "home_visits" ("home_id") WHERE "status" = 'DRAFT'`);
    await queryRunner.query(
      `CREATE TABLE "home_recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "home_id" uuid NOT NULL, "visit_id" uuid NOT NULL, "what" text NOT NULL, "owner" text NOT NULL, "due_on" date NOT NULL, "themes" text array NOT NULL, "child_id" uuid, "status" text NOT NULL DEFAULT 'OPEN', "carry_overs" integer NOT NULL DEFAULT '0', "last_reviewed_visit_id" uuid, "review_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "home_recommendations_themes_not_empty" CHECK (cardinality("themes") > 0), CONSTRAINT "home_recommendations_status_valid" CHECK ("status" IN ('OPEN', 'DONE', 'NOT_DONE')), CONSTRAINT "PK_293769b81d32c7d6d9966cdaa63" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "home_recommendations_home_idx" ON "home_recommendations" ("home_id") `);
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "home_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "placements_end_after_start" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "placements_home_idx" ON "placements" ("home_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "placements_one_open_per_child" ON "placements" ("child_id") WHERE "end_date" IS NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "notification_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "concerns" ADD "from_recommendation_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "concerns_from_recommendation_unique" ON "concerns" ("from_recommendation_id") `);
    await queryRunner.query(
      `ALTER TABLE "children_homes" ADD CONSTRAINT "FK_da5a386584e23b61ebcbc228d23" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "children_homes" ADD CONSTRAINT "FK_fac80d3aa54e7e915728ade916e" FOREIGN KEY ("responsible_advocate_id") REFERENCES "advocates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_visits" ADD CONSTRAINT "FK_f2613a38027652589bdea90c66a" FOREIGN KEY ("home_id") REFERENCES "children_homes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_visits" ADD CONSTRAINT "FK_6bce07058593b2fac6cb3e233ca" FOREIGN KEY ("advocate_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendations" ADD CONSTRAINT "FK_b54f33fc614b403b70c1d4f4dc3" FOREIGN KEY ("home_id") REFERENCES "children_homes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendations" ADD CONSTRAINT "FK_cff750e0d7f3aa12b08272bb3b9" FOREIGN KEY ("visit_id") REFERENCES "home_visits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendations" ADD CONSTRAINT "FK_ae226040e86767fb51c67dc2eb2" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "concerns" ADD CONSTRAINT "FK_88ae8cd360a4ecb99ce16393c8e" FOREIGN KEY ("from_recommendation_id") REFERENCES "home_recommendations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_351a5ac64283b57ffb39841e57f" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_dadd7d89c405507c8b39cc338d7" FOREIGN KEY ("home_id") REFERENCES "children_homes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_dadd7d89c405507c8b39cc338d7"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_351a5ac64283b57ffb39841e57f"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP CONSTRAINT "FK_88ae8cd360a4ecb99ce16393c8e"`);
    await queryRunner.query(`ALTER TABLE "home_recommendations" DROP CONSTRAINT "FK_ae226040e86767fb51c67dc2eb2"`);
    await queryRunner.query(`ALTER TABLE "home_recommendations" DROP CONSTRAINT "FK_cff750e0d7f3aa12b08272bb3b9"`);
    await queryRunner.query(`ALTER TABLE "home_recommendations" DROP CONSTRAINT "FK_b54f33fc614b403b70c1d4f4dc3"`);
    await queryRunner.query(`ALTER TABLE "home_visits" DROP CONSTRAINT "FK_6bce07058593b2fac6cb3e233ca"`);
    await queryRunner.query(`ALTER TABLE "home_visits" DROP CONSTRAINT "FK_f2613a38027652589bdea90c66a"`);
    await queryRunner.query(`ALTER TABLE "children_homes" DROP CONSTRAINT "FK_fac80d3aa54e7e915728ade916e"`);
    await queryRunner.query(`ALTER TABLE "children_homes" DROP CONSTRAINT "FK_da5a386584e23b61ebcbc228d23"`);
    await queryRunner.query(`DROP INDEX "public"."concerns_from_recommendation_unique"`);
    await queryRunner.query(`ALTER TABLE "concerns" DROP COLUMN "from_recommendation_id"`);
    await queryRunner.query(`DELETE FROM "outbox_messages" WHERE "notification_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "notification_id" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."placements_one_open_per_child"`);
    await queryRunner.query(`DROP INDEX "public"."placements_home_idx"`);
    await queryRunner.query(`DROP TABLE "placements"`);
    await queryRunner.query(`DROP INDEX "public"."home_recommendations_home_idx"`);
    await queryRunner.query(`DROP TABLE "home_recommendations"`);
    await queryRunner.query(`DROP INDEX "public"."home_visits_one_draft_per_home"`);
    await queryRunner.query(`DROP INDEX "public"."home_visits_home_idx"`);
    await queryRunner.query(`DROP TABLE "home_visits"`);
    await queryRunner.query(`DROP INDEX "public"."children_homes_responsible_advocate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."children_homes_ofsted_urn_unique"`);
    await queryRunner.query(`DROP TABLE "children_homes"`);
  }
}
