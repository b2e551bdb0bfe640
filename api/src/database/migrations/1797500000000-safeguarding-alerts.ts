import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The safeguarding fast path: an LA's named safeguarding contact, and immediate safeguarding alerts on concerns. */
export class SafeguardingAlerts1797500000000 implements MigrationInterface {
  name = 'SafeguardingAlerts1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "safeguarding_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "concern_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contact_name" text, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_user_id" uuid, "escalated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a420fdd83a49132f0c9e5d583a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "safeguarding_alerts_concern_unique" ON "safeguarding_alerts" ("concern_id") `);
    await queryRunner.query(`CREATE INDEX "safeguarding_alerts_local_authority_idx" ON "safeguarding_alerts" ("local_authority_id") `);
    await queryRunner.query(
      `CREATE INDEX "safeguarding_alerts_waiting_idx" ON "safeguarding_alerts" ("due_at") WHERE "acknowledged_at" IS NULL AND "escalated_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "la_safeguarding_contacts" ("local_authority_id" uuid NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "acknowledger_user_id" uuid NOT NULL, "director_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ddd16b9db479618766f8542af0d" PRIMARY KEY ("local_authority_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "FK_383cc5ba33c2f254ed0cffa5e76" FOREIGN KEY ("concern_id") REFERENCES "concerns"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "FK_7e9f368a0d16355390def05a9e6" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "safeguarding_alerts" ADD CONSTRAINT "FK_dc06cf047a9c6e5da8b504bf52e" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_safeguarding_contacts" ADD CONSTRAINT "FK_ddd16b9db479618766f8542af0d" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_safeguarding_contacts" ADD CONSTRAINT "FK_4b9844730e8a9606f19fd0528bd" FOREIGN KEY ("acknowledger_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "la_safeguarding_contacts" ADD CONSTRAINT "FK_1bd7abf941de34fcac9f8e91567" FOREIGN KEY ("director_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "la_safeguarding_contacts" DROP CONSTRAINT "FK_1bd7abf941de34fcac9f8e91567"`);
    await queryRunner.query(`ALTER TABLE "la_safeguarding_contacts" DROP CONSTRAINT "FK_4b9844730e8a9606f19fd0528bd"`);
    await queryRunner.query(`ALTER TABLE "la_safeguarding_contacts" DROP CONSTRAINT "FK_ddd16b9db479618766f8542af0d"`);
    await queryRunner.query(`ALTER TABLE "safeguarding_alerts" DROP CONSTRAINT "FK_dc06cf047a9c6e5da8b504bf52e"`);
    await queryRunner.query(`ALTER TABLE "safeguarding_alerts" DROP CONSTRAINT "FK_7e9f368a0d16355390def05a9e6"`);
    await queryRunner.query(`ALTER TABLE "safeguarding_alerts" DROP CONSTRAINT "FK_383cc5ba33c2f254ed0cffa5e76"`);
    await queryRunner.query(`DROP TABLE "la_safeguarding_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_alerts_waiting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_alerts_local_authority_idx"`);
    await queryRunner.query(`DROP INDEX "public"."safeguarding_alerts_concern_unique"`);
    await queryRunner.query(`DROP TABLE "safeguarding_alerts"`);
  }
}
