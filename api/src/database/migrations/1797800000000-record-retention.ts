import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How long each child's record is kept (reg 50): a date of death where it applies (`child_deaths`) and legal holds (`record_holds`), owned by record-retention. */

export class RecordRetention1797800000000 implements MigrationInterface {
  name = 'RecordRetention1797800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "child_deaths" ("child_id" uuid NOT NULL, "date_of_death" date NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_325f8424486089891215e39cd19" PRIMARY KEY ("child_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "record_holds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "reason" text NOT NULL, "placed_on" date NOT NULL, "placed_by_user_id" uuid NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lifted_on" date, "lift_reason" text, "lifted_by_user_id" uuid, "lifted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "record_holds_lifted_whole" CHECK (("lifted_at" IS NULL) = ("lifted_on" IS NULL AND "lifted_by_user_id" IS NULL AND "lift_reason" IS NULL)), CONSTRAINT "PK_3399bbf158d9622e766a1b88cc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "record_holds_child_idx" ON "record_holds" ("child_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "record_holds_one_standing_uq" ON "record_holds" ("child_id") WHERE "lifted_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "child_deaths" ADD CONSTRAINT "FK_325f8424486089891215e39cd19" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_deaths" ADD CONSTRAINT "FK_662ea9cd66be0deaf4e7560c353" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_holds" ADD CONSTRAINT "FK_267c6abfa5d84304d1811273d94" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_holds" ADD CONSTRAINT "FK_fa1ee1ed924d597e09e85927631" FOREIGN KEY ("placed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_holds" ADD CONSTRAINT "FK_f6aa479fd2b363b1186732742f2" FOREIGN KEY ("lifted_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "record_holds" DROP CONSTRAINT "FK_f6aa479fd2b363b1186732742f2"`);
    await queryRunner.query(`ALTER TABLE "record_holds" DROP CONSTRAINT "FK_fa1ee1ed924d597e09e85927631"`);
    await queryRunner.query(`ALTER TABLE "record_holds" DROP CONSTRAINT "FK_267c6abfa5d84304d1811273d94"`);
    await queryRunner.query(`ALTER TABLE "child_deaths" DROP CONSTRAINT "FK_662ea9cd66be0deaf4e7560c353"`);
    await queryRunner.query(`ALTER TABLE "child_deaths" DROP CONSTRAINT "FK_325f8424486089891215e39cd19"`);
    await queryRunner.query(`DROP INDEX "public"."record_holds_one_standing_uq"`);
    await queryRunner.query(`DROP INDEX "public"."record_holds_child_idx"`);
    await queryRunner.query(`DROP TABLE "record_holds"`);
    await queryRunner.query(`DROP TABLE "child_deaths"`);
  }
}
