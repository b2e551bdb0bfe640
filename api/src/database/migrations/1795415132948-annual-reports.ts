import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The annual report: a job queue in PostgreSQL and the stored report versions. */
export class AnnualReports1795415132948 implements MigrationInterface {
  name = 'AnnualReports1795415132948';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "annual_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "version" integer NOT NULL, "checksum" text NOT NULL, "generated_by_user_id" uuid NOT NULL, "national" jsonb NOT NULL, "by_local_authority" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bd25360a5f2ad891ff4a71102b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "annual_reports_year_version_unique" ON "annual_reports" ("year", "version") `);
    await queryRunner.query(
      `CREATE TABLE "report_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "year" integer NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" integer NOT NULL DEFAULT '0', "requested_by_user_id" uuid NOT NULL, "report_id" uuid, "failure" text, "attempts" integer NOT NULL DEFAULT '0', "heartbeat_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_jobs_status_valid" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')), CONSTRAINT "PK_0c1416b1e9ba757ceae79b598e8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "report_jobs_waiting_idx" ON "report_jobs" ("created_at") WHERE "status" IN ('QUEUED', 'RUNNING')`);
    await queryRunner.query(
      `ALTER TABLE "annual_reports" ADD CONSTRAINT "FK_1f8b424d52908ad9a743edca82d" FOREIGN KEY ("generated_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_jobs" ADD CONSTRAINT "FK_6580ae3983372c44718a951b9ff" FOREIGN KEY ("requested_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_jobs" DROP CONSTRAINT "FK_6580ae3983372c44718a951b9ff"`);
    await queryRunner.query(`ALTER TABLE "annual_reports" DROP CONSTRAINT "FK_1f8b424d52908ad9a743edca82d"`);
    await queryRunner.query(`DROP INDEX "public"."report_jobs_waiting_idx"`);
    await queryRunner.query(`DROP TABLE "report_jobs"`);
    await queryRunner.query(`DROP INDEX "public"."annual_reports_year_version_unique"`);
    await queryRunner.query(`DROP TABLE "annual_reports"`);
  }
}
