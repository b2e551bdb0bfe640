import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention that runs (record-disposal): notices of records due for disposal, the disposal register
 * (`record_disposals`, append-only like the audit), and `children.disposed_at`, which every read path excludes.
 *
 * Two append-only tables hold a child's free text: corrections (`record_corrections`) and a concern's history
 * (`concern_events`). The runtime role may never change them, so disposal calls `dispose_append_only_rows`, a
 * function that runs as the owner and does only this: for a child whose record is already marked disposed, it
 * removes their corrections and blanks the words of their concerns' history (what was asked, the answer, the
 * evidence), keeping each step's kind, stage and time, which the published figures count. For any other child it
 * refuses. The concern history's trigger lets exactly that change through, and nothing else.
 */

export class RecordDisposal1797850000000 implements MigrationInterface {
  name = 'RecordDisposal1797850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_disposal_notices" ("child_id" uuid NOT NULL, "given_on" date NOT NULL, "retain_until" date NOT NULL, "rule" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "record_disposal_notices_rule_valid" CHECK ("rule" IN ('SEVENTY_FIFTH_BIRTHDAY', 'FIFTEEN_YEARS_AFTER_DEATH')), CONSTRAINT "PK_020461e0480d6943b5210e60dbd" PRIMARY KEY ("child_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "record_disposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "rule" text NOT NULL, "notice_given_on" date NOT NULL, "disposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "counts" jsonb NOT NULL, CONSTRAINT "record_disposals_rule_valid" CHECK ("rule" IN ('SEVENTY_FIFTH_BIRTHDAY', 'FIFTEEN_YEARS_AFTER_DEATH')), CONSTRAINT "PK_a0d1bee3d371876f45a7554c46d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "record_disposals_child_uq" ON "record_disposals" ("child_id") `);
    await queryRunner.query(`CREATE INDEX "record_disposals_la_idx" ON "record_disposals" ("local_authority_id") `);
    await queryRunner.query(`ALTER TABLE "children" ADD "disposed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "record_disposal_notices" ADD CONSTRAINT "FK_020461e0480d6943b5210e60dbd" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_disposals" ADD CONSTRAINT "FK_21dc6a0c31c8d7268cbb9fe2c76" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE FUNCTION "record_disposals_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'record_disposals is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "record_disposals_append_only" BEFORE UPDATE OR DELETE ON "record_disposals" FOR EACH ROW EXECUTE FUNCTION "record_disposals_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "record_disposals_no_truncate" BEFORE TRUNCATE ON "record_disposals" FOR EACH STATEMENT EXECUTE FUNCTION "record_disposals_refuse_change"()`,
    );
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "concern_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('heard.disposing_child', true) IS NOT NULL
           AND OLD.concern_id IS NOT DISTINCT FROM NEW.concern_id AND OLD.sequence IS NOT DISTINCT FROM NEW.sequence
           AND OLD.kind IS NOT DISTINCT FROM NEW.kind AND OLD.stage IS NOT DISTINCT FROM NEW.stage AND OLD.at IS NOT DISTINCT FROM NEW.at
           AND OLD.details IS NOT DISTINCT FROM NEW.details AND OLD.audience IS NOT DISTINCT FROM NEW.audience
           AND NEW.asked IS NULL AND NEW.answer IS NULL AND NEW.evidence = '[]'::jsonb
           AND EXISTS (SELECT 1 FROM concerns k JOIN children c ON c.id = k.child_id
                        WHERE k.id = OLD.concern_id AND c.disposed_at IS NOT NULL AND c.id::text = current_setting('heard.disposing_child', true)) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'concern_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(`CREATE FUNCTION "dispose_append_only_rows"(disposed_child uuid) RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        corrections integer;
        events integer;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM children WHERE id = disposed_child AND disposed_at IS NOT NULL) THEN
          RAISE EXCEPTION 'only a disposed record''s append-only rows may be removed' USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM record_corrections WHERE child_id = disposed_child;
        GET DIAGNOSTICS corrections = ROW_COUNT;
        PERFORM set_config('heard.disposing_child', disposed_child::text, true);
        UPDATE concern_events SET asked = NULL, answer = NULL, evidence = '[]'::jsonb
         WHERE concern_id IN (SELECT id FROM concerns WHERE child_id = disposed_child)
           AND (asked IS NOT NULL OR answer IS NOT NULL OR evidence <> '[]'::jsonb);
        GET DIAGNOSTICS events = ROW_COUNT;
        PERFORM set_config('heard.disposing_child', NULL, true);
        RETURN jsonb_build_object('record_corrections', corrections, 'concern_events', events);
      END;
    $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "dispose_append_only_rows"(uuid)`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "concern_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'concern_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END;
    $$`);
    await queryRunner.query(`DROP TRIGGER "record_disposals_no_truncate" ON "record_disposals"`);
    await queryRunner.query(`DROP TRIGGER "record_disposals_append_only" ON "record_disposals"`);
    await queryRunner.query(`DROP FUNCTION "record_disposals_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "record_disposals" DROP CONSTRAINT "FK_21dc6a0c31c8d7268cbb9fe2c76"`);
    await queryRunner.query(`ALTER TABLE "record_disposal_notices" DROP CONSTRAINT "FK_020461e0480d6943b5210e60dbd"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "disposed_at"`);
    await queryRunner.query(`DROP INDEX "public"."record_disposals_la_idx"`);
    await queryRunner.query(`DROP INDEX "public"."record_disposals_child_uq"`);
    await queryRunner.query(`DROP TABLE "record_disposals"`);
    await queryRunner.query(`DROP TABLE "record_disposal_notices"`);
  }
}
