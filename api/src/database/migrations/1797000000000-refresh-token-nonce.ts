import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session's `refresh_nonce`: its current refresh token is HMAC(server key, session id + nonce), so within the grace
 * after a rotation the server can send that token again to a tab whose rotation was lost, without storing it in
 * clear. Sessions begun before have none and keep the old behaviour until their next rotation gives them one.
 */
export class RefreshTokenNonce1797000000000 implements MigrationInterface {
  name = 'RefreshTokenNonce1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" ADD "refresh_nonce" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "refresh_nonce"`);
  }
}
