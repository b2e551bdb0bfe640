import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The advocate's input is the advocate's. Until now the chair typed "the advocate's input" into the
 * decision form and could tick "the child chose to represent themselves", so the LA alone satisfied the
 * significant-decision guard. The advocate now records their input (`advocate_inputs`) and the child's
 * choice to represent themselves, in the child's words (`child_self_representations`), and a decision
 * links the input and records its `basis`.
 *
 * Existing data moves over honestly: every text the chair typed becomes an advocate input marked
 * `migrated_from_chair` (recorded by the meeting's advocate's user when known, else by the chair who
 * recorded the decision) and stays linked to its decision; a self-representation the advocate recorded
 * as a child view keeps its words; one only the chair ticked is kept marked `migrated_from_chair`.
 * Migrated rows never satisfy the guard for a new decision. A significant decision taken while the
 * child had opted out (only possible after this migration, so after a down and up) keeps CHILD_OPTED_OUT.
 */
export class AdvocateInputs1795440100000 implements MigrationInterface {
  name = 'AdvocateInputs1795440100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "advocate_inputs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "proposal" text NOT NULL, "input" text NOT NULL, "recorded_by_user_id" uuid NOT NULL, "advocate_id" uuid, "migrated_from_chair" boolean NOT NULL DEFAULT false, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "advocate_inputs_advocate_known" CHECK ("migrated_from_chair" OR "advocate_id" IS NOT NULL), CONSTRAINT "PK_e796bf7a5898a2f15baf420ebf9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "advocate_inputs_meeting_idx" ON "advocate_inputs" ("meeting_id") `);
    await queryRunner.query(
      `CREATE TABLE "child_self_representations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "child_words" text, "recorded_by_user_id" uuid NOT NULL, "advocate_id" uuid, "migrated_from_chair" boolean NOT NULL DEFAULT false, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "child_self_representations_by_advocate_in_words" CHECK ("migrated_from_chair" OR ("advocate_id" IS NOT NULL AND length(trim("child_words")) > 0)), CONSTRAINT "PK_8a8e10d689fba714323c62ccb57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "child_self_representations_one_per_meeting" ON "child_self_representations" ("meeting_id") `);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" ADD "advocate_input_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" ADD "basis" text`);

    // The chair's typed "advocate's input": one advocate input per decision, marked as typed by the chair.
    await queryRunner.query(`UPDATE "meeting_decisions" SET "advocate_input_id" = gen_random_uuid() WHERE length(trim(coalesce("advocate_input", ''))) > 0`);
    await queryRunner.query(`INSERT INTO "advocate_inputs" ("id", "meeting_id", "proposal", "input", "recorded_by_user_id", "advocate_id", "migrated_from_chair", "recorded_at")
      SELECT d."advocate_input_id", d."meeting_id", d."text", trim(d."advocate_input"), coalesce(adv."user_id", d."recorded_by_user_id"), m."advocate_id", true, d."recorded_at"
        FROM "meeting_decisions" d JOIN "meetings" m ON m."id" = d."meeting_id" LEFT JOIN "advocates" adv ON adv."id" = m."advocate_id"
       WHERE d."advocate_input_id" IS NOT NULL`);
    // The advocate recorded the child's choice as a child view: keep it, in the child's words.
    await queryRunner.query(`INSERT INTO "child_self_representations" ("meeting_id", "child_words", "recorded_by_user_id", "advocate_id", "migrated_from_chair", "recorded_at")
      SELECT DISTINCT ON (v."meeting_id") v."meeting_id", v."text", v."recorded_by_user_id", coalesce(adv."id", m."advocate_id"), coalesce(adv."id", m."advocate_id") IS NULL, v."recorded_at"
        FROM "child_views" v JOIN "meetings" m ON m."id" = v."meeting_id" LEFT JOIN "advocates" adv ON adv."user_id" = v."recorded_by_user_id"
       WHERE v."kind" = 'SELF_REPRESENTATION' AND length(trim(v."text")) > 0
       ORDER BY v."meeting_id", v."recorded_at", v."id"`);
    // Only the chair ticked it (on holding the meeting): kept, marked, without words.
    await queryRunner.query(`WITH "held" AS (
        SELECT DISTINCT ON (a."details"->>'meetingId') a."details"->>'meetingId' AS "meeting_id", a."actor_user_id", a."occurred_at"
          FROM "audit_log" a WHERE a."action" = 'meeting.held' AND a."actor_user_id" IS NOT NULL ORDER BY a."details"->>'meetingId', a."occurred_at")
      INSERT INTO "child_self_representations" ("meeting_id", "child_words", "recorded_by_user_id", "advocate_id", "migrated_from_chair", "recorded_at")
      SELECT m."id", NULL, coalesce(h."actor_user_id", m."scheduled_by_user_id"), m."advocate_id", true, coalesce(h."occurred_at", m."created_at")
        FROM "meetings" m LEFT JOIN "held" h ON h."meeting_id" = m."id"::text
       WHERE m."child_self_representing" AND NOT EXISTS (SELECT 1 FROM "child_self_representations" s WHERE s."meeting_id" = m."id")`);
    await queryRunner.query(`UPDATE "meeting_decisions" d SET "basis" = CASE
        WHEN d."advocate_input_id" IS NOT NULL THEN 'ADVOCATE_INPUT'
        WHEN d."significant" AND m."child_self_representing" THEN 'CHILD_SELF_REPRESENTING'
        WHEN d."significant" AND (SELECT c."kind" FROM "child_decisions" c WHERE c."child_id" = m."child_id" AND c."recorded_at" <= d."recorded_at"
                                   ORDER BY c."recorded_at" DESC, c."id" DESC LIMIT 1) = 'OPTED_OUT' THEN 'CHILD_OPTED_OUT' END
      FROM "meetings" m WHERE m."id" = d."meeting_id"`);

    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "child_self_representing"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP COLUMN "advocate_input"`);
    await queryRunner.query(`CREATE INDEX "meeting_decisions_advocate_input_idx" ON "meeting_decisions" ("advocate_input_id") `);
    await queryRunner.query(
      `ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_input_basis_links_input" CHECK ("basis" IS DISTINCT FROM 'ADVOCATE_INPUT' OR "advocate_input_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_significant_has_basis" CHECK (NOT "significant" OR "basis" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_basis_valid" CHECK ("basis" IS NULL OR "basis" IN ('ADVOCATE_INPUT', 'CHILD_SELF_REPRESENTING', 'CHILD_OPTED_OUT'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "advocate_inputs" ADD CONSTRAINT "FK_5a44123a68d84ebc878186d9e31" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "advocate_inputs" ADD CONSTRAINT "FK_2d0aa31f5a40383f8a9e53ae3bb" FOREIGN KEY ("advocate_id") REFERENCES "advocates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_decisions" ADD CONSTRAINT "FK_abfeb70c4867323522677ff9406" FOREIGN KEY ("advocate_input_id") REFERENCES "advocate_inputs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_self_representations" ADD CONSTRAINT "FK_b55a88581fd2461a2aa104a9490" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_self_representations" ADD CONSTRAINT "FK_93f62d6a620efa6a1c219a80f26" FOREIGN KEY ("advocate_id") REFERENCES "advocates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  /** Back to the chair's free text and tick box: linked inputs become text again; the tables go. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_self_representations" DROP CONSTRAINT "FK_93f62d6a620efa6a1c219a80f26"`);
    await queryRunner.query(`ALTER TABLE "child_self_representations" DROP CONSTRAINT "FK_b55a88581fd2461a2aa104a9490"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "FK_abfeb70c4867323522677ff9406"`);
    await queryRunner.query(`ALTER TABLE "advocate_inputs" DROP CONSTRAINT "FK_2d0aa31f5a40383f8a9e53ae3bb"`);
    await queryRunner.query(`ALTER TABLE "advocate_inputs" DROP CONSTRAINT "FK_5a44123a68d84ebc878186d9e31"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "meeting_decisions_basis_valid"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "meeting_decisions_significant_has_basis"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP CONSTRAINT "meeting_decisions_input_basis_links_input"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_decisions_advocate_input_idx"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" ADD "advocate_input" text`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "child_self_representing" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE "meeting_decisions" d SET "advocate_input" = i."input" FROM "advocate_inputs" i WHERE i."id" = d."advocate_input_id"`);
    await queryRunner.query(
      `UPDATE "meetings" m SET "child_self_representing" = true WHERE EXISTS (SELECT 1 FROM "child_self_representations" s WHERE s."meeting_id" = m."id")`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP COLUMN "basis"`);
    await queryRunner.query(`ALTER TABLE "meeting_decisions" DROP COLUMN "advocate_input_id"`);
    await queryRunner.query(`DROP INDEX "public"."child_self_representations_one_per_meeting"`);
    await queryRunner.query(`DROP TABLE "child_self_representations"`);
    await queryRunner.query(`DROP INDEX "public"."advocate_inputs_meeting_idx"`);
    await queryRunner.query(`DROP TABLE "advocate_inputs"`);
  }
}
