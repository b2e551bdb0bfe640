import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data protection officers: a new role, an LA's DPO, who must belong to that local authority. */
export class DataProtectionOfficers1797830000000 implements MigrationInterface {
  name = 'DataProtectionOfficers1797830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_valid"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER', 'DATA_PROTECTION_OFFICER'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_dpo_has_la" CHECK ("role" <> 'DATA_PROTECTION_OFFICER' OR "local_authority_id" IS NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_dpo_has_la"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_role_valid"`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_role_valid" CHECK ("role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER'))`,
    );
  }
}
