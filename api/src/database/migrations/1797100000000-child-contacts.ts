import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `child_contacts`: each advocate contact with a child (owned by the contacts feature); the runtime grants come after every migration run. */
export class ChildContacts1797100000000 implements MigrationInterface {
  name = 'ChildContacts1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "child_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "advocate_user_id" uuid NOT NULL, "kind" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "views_recorded" boolean NOT NULL, "private_note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "child_contacts_kind_valid" CHECK ("kind" IN ('VISIT', 'CALL', 'VIDEO', 'MESSAGE', 'AT_MEETING', 'THROUGH_CARER')), CONSTRAINT "PK_b295cce7acf9902ccdcfdca6d5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "child_contacts_child_occurred_idx" ON "child_contacts" ("child_id", "occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "child_contacts" ADD CONSTRAINT "FK_3ed43611d92b302c4fe1730eee4" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "child_contacts" ADD CONSTRAINT "FK_60540a39ea281a8c2e7f16e4b84" FOREIGN KEY ("advocate_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_contacts" DROP CONSTRAINT "FK_60540a39ea281a8c2e7f16e4b84"`);
    await queryRunner.query(`ALTER TABLE "child_contacts" DROP CONSTRAINT "FK_3ed43611d92b302c4fe1730eee4"`);
    await queryRunner.query(`DROP INDEX "public"."child_contacts_child_occurred_idx"`);
    await queryRunner.query(`DROP TABLE "child_contacts"`);
  }
}
