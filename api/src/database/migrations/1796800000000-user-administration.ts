import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User administration: `users.has_password` (false for an invited user until they set a password, and after a forced
 * reset) and `account_links`, the single-use, expiring links (stored as SHA-256 hashes) that set one. Written only by
 * the users and user-admin features; the runtime role's privileges come from the grants made after every migration run.
 */
export class UserAdministration1796800000000 implements MigrationInterface {
  name = 'UserAdministration1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "account_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "account_links_purpose_valid" CHECK ("purpose" IN ('INVITATION', 'PASSWORD_RESET')), CONSTRAINT "PK_e03b1e79173941b176b58836ecd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "account_links_token_hash_unique" ON "account_links" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "account_links_user_idx" ON "account_links" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "has_password" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "account_links" ADD CONSTRAINT "FK_d6c82edbecf4f6409b579e78b0d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_links" DROP CONSTRAINT "FK_d6c82edbecf4f6409b579e78b0d"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "has_password"`);
    await queryRunner.query(`DROP INDEX "public"."account_links_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."account_links_token_hash_unique"`);
    await queryRunner.query(`DROP TABLE "account_links"`);
  }
}
