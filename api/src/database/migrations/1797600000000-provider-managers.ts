import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Provider managers: a new role, who supervise one advocacy provider's advocates and so must belong to one. */
export class ProviderManagers1797600000000 implements MigrationInterface {
  name = 'ProviderManagers1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_valid"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_provider_manager_has_provider" CHECK ("role" <> 'PROVIDER_MANAGER' OR "advocacy_provider_id" IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_provider_manager_has_provider"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_valid"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN'))`,
    );
  }
}
