import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Subject-access exports of one child's record (`subject_access_exports`), owned by subject-access: a job queue whose ZIP is downloaded once, then removed. */

export class SubjectAccessExports1797840000000 implements MigrationInterface {
  name = 'SubjectAccessExports1797840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "subject_access_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "requested_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" integer NOT NULL DEFAULT '0', "attempts" integer NOT NULL DEFAULT '0', "heartbeat_at" TIMESTAMP WITH TIME ZONE, "failure" text, "zip" bytea, "zip_bytes" integer, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "downloaded_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "expired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "subject_access_exports_zip_only_ready" CHECK ("zip" IS NULL OR "status" = 'READY'), CONSTRAINT "subject_access_exports_progress_valid" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "subject_access_exports_status_valid" CHECK ("status" IN ('QUEUED', 'RUNNING', 'READY', 'DOWNLOADED', 'EXPIRED', 'FAILED')), CONSTRAINT "PK_36c53408333382885730299a748" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "subject_access_exports_child_idx" ON "subject_access_exports" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "subject_access_exports_requester_idx" ON "subject_access_exports" ("requested_by_user_id", "requested_at") `);
    await queryRunner.query(
      `CREATE INDEX "subject_access_exports_waiting_idx" ON "subject_access_exports" ("requested_at") WHERE "status" IN ('QUEUED', 'RUNNING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "subject_access_exports" ADD CONSTRAINT "FK_2d0280ba6e8ac6f928051c96390" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "subject_access_exports" ADD CONSTRAINT "FK_5406575cdb41877e021c3d7c1aa" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subject_access_exports" DROP CONSTRAINT "FK_5406575cdb41877e021c3d7c1aa"`);
    await queryRunner.query(`ALTER TABLE "subject_access_exports" DROP CONSTRAINT "FK_2d0280ba6e8ac6f928051c96390"`);
    await queryRunner.query(`DROP INDEX "public"."subject_access_exports_waiting_idx"`);
    await queryRunner.query(`DROP INDEX "public"."subject_access_exports_requester_idx"`);
    await queryRunner.query(`DROP INDEX "public"."subject_access_exports_child_idx"`);
    await queryRunner.query(`DROP TABLE "subject_access_exports"`);
  }
}
