import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The return's optional files: `missing_episodes` (a child missing from care, or away without authorisation; written only by
 * the missing-from-care feature) and each child's UASC status (`uasc`, and `uasc_ceased_on` from DUC). The runtime role's
 * privileges on the new table come from the grants made after every migration run (database-roles.ts).
 */
export class MissingFromCareAndUasc1796700000000 implements MigrationInterface {
  name = 'MissingFromCareAndUasc1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "missing_episodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "kind" text NOT NULL, "started_on" date NOT NULL, "ended_on" date, "import_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "missing_episodes_end_after_start" CHECK ("ended_on" IS NULL OR "ended_on" >= "started_on"), CONSTRAINT "missing_episodes_kind_valid" CHECK ("kind" IN ('MISSING', 'AWAY')), CONSTRAINT "PK_6dc1efd01013754194d5324ce63" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "missing_episodes_child_start_unique" ON "missing_episodes" ("child_id", "started_on") `);
    await queryRunner.query(`ALTER TABLE "children" ADD "uasc" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "children" ADD "uasc_ceased_on" date`);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "children_uasc_ceased_only_if_uasc" CHECK ("uasc_ceased_on" IS NULL OR "uasc")`);
    await queryRunner.query(
      `ALTER TABLE "missing_episodes" ADD CONSTRAINT "FK_3a9a99a27f63ca8afd726e51d32" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "missing_episodes" ADD CONSTRAINT "FK_a1278eb847a64bdbb859f6eef54" FOREIGN KEY ("import_id") REFERENCES "ssda903_imports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP CONSTRAINT "FK_a1278eb847a64bdbb859f6eef54"`);
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP CONSTRAINT "FK_3a9a99a27f63ca8afd726e51d32"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "children_uasc_ceased_only_if_uasc"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "uasc_ceased_on"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "uasc"`);
    await queryRunner.query(`DROP INDEX "public"."missing_episodes_child_start_unique"`);
    await queryRunner.query(`DROP TABLE "missing_episodes"`);
  }
}
