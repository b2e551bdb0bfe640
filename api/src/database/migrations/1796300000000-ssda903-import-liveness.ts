import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which API process runs each SSDA903 import, and its heartbeat: an import left RUNNING by a process
 * that stopped is marked FAILED ("interrupted") by the next process that starts or heartbeats, never
 * one another process is still running. Imports from before have neither; their `started_at` stands in.
 */
export class Ssda903ImportLiveness1796300000000 implements MigrationInterface {
  name = 'Ssda903ImportLiveness1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_imports" ADD "claimed_by" text, ADD "heartbeat_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_imports" DROP COLUMN "heartbeat_at", DROP COLUMN "claimed_by"`);
  }
}
