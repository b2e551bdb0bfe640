import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SSDA903 imports: each upload's progress and result, and the rows it rejected. */
export class Ssda903Imports1795414228821 implements MigrationInterface {
  name = 'Ssda903Imports1795414228821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ssda903_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "local_authority_id" uuid NOT NULL, "imported_by_user_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'RUNNING', "checksum" text NOT NULL, "children_total" integer NOT NULL DEFAULT '0', "children_done" integer NOT NULL DEFAULT '0', "counts" jsonb, "failure" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ssda903_imports_status_valid" CHECK ("status" IN ('RUNNING', 'COMPLETED', 'FAILED')), CONSTRAINT "PK_289d4c5ccce5618ee1d6fe5b0e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ssda903_imports_la_idx" ON "ssda903_imports" ("local_authority_id", "started_at") `);
    await queryRunner.query(
      `CREATE TABLE "ssda903_import_rejections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "import_id" uuid NOT NULL, "file" text NOT NULL, "row_number" integer NOT NULL, "column" text NOT NULL, "reason" text NOT NULL, CONSTRAINT "PK_86fab9e2505b8c4f1eabcfba776" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ssda903_import_rejections_import_idx" ON "ssda903_import_rejections" ("import_id", "file", "row_number") `);
    await queryRunner.query(
      `ALTER TABLE "ssda903_imports" ADD CONSTRAINT "FK_3e35357c889170bfee491f9fb34" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ssda903_imports" ADD CONSTRAINT "FK_d1fa6131ab5bc6f25ae9dfaef4b" FOREIGN KEY ("imported_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ssda903_import_rejections" ADD CONSTRAINT "FK_fc5fce752e3198e4394f5344266" FOREIGN KEY ("import_id") REFERENCES "ssda903_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_import_rejections" DROP CONSTRAINT "FK_fc5fce752e3198e4394f5344266"`);
    await queryRunner.query(`ALTER TABLE "ssda903_imports" DROP CONSTRAINT "FK_d1fa6131ab5bc6f25ae9dfaef4b"`);
    await queryRunner.query(`ALTER TABLE "ssda903_imports" DROP CONSTRAINT "FK_3e35357c889170bfee491f9fb34"`);
    await queryRunner.query(`DROP INDEX "public"."ssda903_import_rejections_import_idx"`);
    await queryRunner.query(`DROP TABLE "ssda903_import_rejections"`);
    await queryRunner.query(`DROP INDEX "public"."ssda903_imports_la_idx"`);
    await queryRunner.query(`DROP TABLE "ssda903_imports"`);
  }
}
