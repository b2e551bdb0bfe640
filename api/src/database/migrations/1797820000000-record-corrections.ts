import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Putting it right": corrections and the child's disagreements beside recorded items (`record_corrections`, owned by
 * record-corrections). Append-only: the runtime role may only insert (database-roles.ts), and no one may change a stored
 * row; removing rows stays with the owner, for disposal of the whole record when it reaches its retention date.
 */

export class RecordCorrections1797820000000 implements MigrationInterface {
  name = 'RecordCorrections1797820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "item_kind" text NOT NULL, "item_id" uuid NOT NULL, "kind" text NOT NULL, "text" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_by_role" text NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "record_corrections_kind_valid" CHECK ("kind" IN ('CORRECTION', 'CHILD_DISAGREEMENT')), CONSTRAINT "record_corrections_item_kind_valid" CHECK ("item_kind" IN ('CHILD_DETAILS', 'MEETING_DECISION', 'MEETING_ACTION', 'CHILD_VIEW', 'CONTACT')), CONSTRAINT "PK_fb5d340a490ab12e8c018ad0a05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "record_corrections_child_idx" ON "record_corrections" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "record_corrections_item_idx" ON "record_corrections" ("item_id") `);
    await queryRunner.query(
      `ALTER TABLE "record_corrections" ADD CONSTRAINT "FK_8b88014d93120dbe4bc7943a600" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_corrections" ADD CONSTRAINT "FK_93ec4109aad4e39452f6b125b34" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION "record_corrections_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'record_corrections is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "record_corrections_append_only" BEFORE UPDATE ON "record_corrections" FOR EACH ROW EXECUTE FUNCTION "record_corrections_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "record_corrections_append_only" ON "record_corrections"`);
    await queryRunner.query(`DROP FUNCTION "record_corrections_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "record_corrections" DROP CONSTRAINT "FK_93ec4109aad4e39452f6b125b34"`);
    await queryRunner.query(`ALTER TABLE "record_corrections" DROP CONSTRAINT "FK_8b88014d93120dbe4bc7943a600"`);
    await queryRunner.query(`DROP INDEX "public"."record_corrections_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."record_corrections_child_idx"`);
    await queryRunner.query(`DROP TABLE "record_corrections"`);
  }
}
