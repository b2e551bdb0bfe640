import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that end everywhere at once. Each session keeps the role, LA and provider its user had at
 * sign-in (a change to any of them ends it), why it ended, and the refresh token it replaced (a short
 * grace for a double-submitted refresh). Every refresh token a session has rotated away is kept, hashed,
 * in `used_refresh_tokens`, so presenting one again is recognised as a replay and ends the session. That
 * table has no entity: only SessionsService reads and writes it, in SQL.
 */
export class SessionEnds1796200000001 implements MigrationInterface {
  name = 'SessionEnds1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD "role" text, ADD "local_authority_id" uuid, ADD "advocacy_provider_id" uuid, ADD "end_reason" text, ADD "previous_refresh_token_hash" text, ADD "refreshed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "sessions" s SET "role" = u."role", "local_authority_id" = u."local_authority_id", "advocacy_provider_id" = u."advocacy_provider_id" FROM "users" u WHERE u."id" = s."user_id"`,
    );
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "role" SET NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "used_refresh_tokens" ("token_hash" text NOT NULL, "session_id" uuid NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "used_refresh_tokens_pkey" PRIMARY KEY ("token_hash"), CONSTRAINT "used_refresh_tokens_session_fk" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "used_refresh_tokens_session_idx" ON "used_refresh_tokens" ("session_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "used_refresh_tokens"`);
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP COLUMN "refreshed_at", DROP COLUMN "previous_refresh_token_hash", DROP COLUMN "end_reason", DROP COLUMN "advocacy_provider_id", DROP COLUMN "local_authority_id", DROP COLUMN "role"`,
    );
  }
}
