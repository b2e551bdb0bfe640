import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A theme can be put to a children's home provider (named as `children_homes.provider_name`) instead of an LA:
 * exactly one of `local_authority_id` and `provider_name` is set. Owned by theme-answers.
 */
export class ProviderThemeRequests1797890000000 implements MigrationInterface {
  name = 'ProviderThemeRequests1797890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "theme_requests" ADD "provider_name" text`);
    await queryRunner.query(`ALTER TABLE "theme_requests" ALTER COLUMN "local_authority_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "theme_requests_provider_idx" ON "theme_requests" ("provider_name") `);
    await queryRunner.query(
      `ALTER TABLE "theme_requests" ADD CONSTRAINT "theme_requests_one_recipient" CHECK (("local_authority_id" IS NULL) <> ("provider_name" IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "theme_requests" WHERE "provider_name" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "theme_requests" DROP CONSTRAINT "theme_requests_one_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."theme_requests_provider_idx"`);
    await queryRunner.query(`ALTER TABLE "theme_requests" ALTER COLUMN "local_authority_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "theme_requests" DROP COLUMN "provider_name"`);
  }
}
