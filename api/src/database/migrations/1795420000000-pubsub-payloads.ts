import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events too large for a NOTIFY payload (8000 bytes) when several API processes share subscriptions
 * (PUBSUB=postgres): the publisher stores the event here and notifies its id. Rows live for minutes,
 * so the table is UNLOGGED and has no entity (only PostgresPubSub reads and writes it, in SQL).
 */
export class PubsubPayloads1795420000000 implements MigrationInterface {
  name = 'PubsubPayloads1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "pubsub_payloads" ("id" bigint GENERATED ALWAYS AS IDENTITY, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pubsub_payloads_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "pubsub_payloads_created_idx" ON "pubsub_payloads" ("created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."pubsub_payloads_created_idx"`);
    await queryRunner.query(`DROP TABLE "pubsub_payloads"`);
  }
}
