import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail at national volume: one row per access event listing every child it showed or
 * changed (`child_ids`, GIN-indexed, so "who has seen this child's record" is an index lookup), with
 * its outcome (a refused attempt is audited too), the operation and the purpose. Partitioned by
 * month; a default partition catches anything outside the months made so far. Existing rows move
 * across, those written by one request for one list becoming one event.
 */
export class AuditEvents1795440000000 implements MigrationInterface {
  name = 'AuditEvents1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" RENAME TO "audit_log_rows"`);
    await queryRunner.query(`ALTER INDEX "audit_log_occurred_at_idx" RENAME TO "audit_log_rows_occurred_at_idx"`);
    await queryRunner.query(`ALTER INDEX "audit_log_entity_idx" RENAME TO "audit_log_rows_entity_idx"`);
    await queryRunner.query(`CREATE SEQUENCE "audit_log_event_id_seq" AS bigint`);
    await queryRunner.query(`CREATE TABLE "audit_log" (
      "id" bigint NOT NULL DEFAULT nextval('audit_log_event_id_seq'),
      "occurred_at" timestamptz NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "actor_role" text,
      "action" text NOT NULL,
      "outcome" text NOT NULL DEFAULT 'ALLOWED' CONSTRAINT "audit_log_outcome_valid" CHECK ("outcome" IN ('ALLOWED', 'REFUSED')),
      "entity" text NOT NULL,
      "entity_id" text,
      "child_ids" uuid[] NOT NULL DEFAULT '{}',
      "operation" text,
      "purpose" text,
      "request_id" text,
      "client_address" text,
      "details" jsonb,
      CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id", "occurred_at")
    ) PARTITION BY RANGE ("occurred_at")`);
    await queryRunner.query(`ALTER SEQUENCE "audit_log_event_id_seq" OWNED BY "audit_log"."id"`);
    await queryRunner.query(`CREATE TABLE "audit_log_default" PARTITION OF "audit_log" DEFAULT`);
    await queryRunner.query(`CREATE INDEX "audit_log_child_ids_idx" ON "audit_log" USING gin ("child_ids")`);
    await queryRunner.query(`CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id")`);
    await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_user_id", "occurred_at")`);
    // Months are made ahead by the owner at every start (see prepare-database.ts); a month already
    // holding rows in the default partition stays there rather than fail.
    await queryRunner.query(`CREATE FUNCTION "audit_log_add_partitions"("from_time" timestamptz, "months_ahead" integer) RETURNS integer
      LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
      DECLARE
        month_start timestamptz := date_trunc('month', from_time AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
        last_start timestamptz := date_trunc('month', (now() AT TIME ZONE 'UTC') + make_interval(months => months_ahead)) AT TIME ZONE 'UTC';
        next_start timestamptz;
        made integer := 0;
        partition_name text;
      BEGIN
        WHILE month_start <= last_start LOOP
          next_start := month_start + interval '1 month';
          partition_name := 'audit_log_' || to_char(month_start AT TIME ZONE 'UTC', '"y"YYYY"m"MM');
          IF to_regclass(partition_name) IS NULL
             AND NOT EXISTS (SELECT 1 FROM audit_log_default WHERE occurred_at >= month_start AND occurred_at < next_start) THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)', partition_name, month_start, next_start);
            made := made + 1;
          END IF;
          month_start := next_start;
        END LOOP;
        RETURN made;
      END $$`);
    await queryRunner.query(`SELECT audit_log_add_partitions(coalesce((SELECT min(occurred_at) FROM audit_log_rows), now()), 12)`);
    await queryRunner.query(`INSERT INTO "audit_log" ("occurred_at", "actor_user_id", "actor_role", "action", "entity", "entity_id", "child_ids", "request_id", "client_address", "details")
      SELECT occurred_at, actor_user_id, actor_role, action, entity,
             CASE WHEN count(*) = 1 THEN min(entity_id) END,
             coalesce(array_agg(DISTINCT entity_id::uuid) FILTER (WHERE entity = 'child' AND entity_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'), '{}'),
             request_id, client_address, details
        FROM audit_log_rows
       GROUP BY occurred_at, actor_user_id, actor_role, action, entity, request_id, client_address, details,
                CASE WHEN entity = 'child' AND request_id IS NOT NULL THEN NULL ELSE id END
       ORDER BY min(id)`);
    await queryRunner.query(`DROP TABLE "audit_log_rows"`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" RENAME TO "audit_log_events"`);
    await queryRunner.query(`ALTER INDEX "audit_log_occurred_at_idx" RENAME TO "audit_log_events_occurred_at_idx"`);
    await queryRunner.query(`ALTER INDEX "audit_log_entity_idx" RENAME TO "audit_log_events_entity_idx"`);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_role" text, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text, "request_id" text, "client_address" text, "details" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "audit_log" ("occurred_at", "actor_user_id", "actor_role", "action", "entity", "entity_id", "request_id", "client_address", "details")
      SELECT e.occurred_at, e.actor_user_id, e.actor_role, e.action, e.entity, coalesce(c::text, e.entity_id), e.request_id, e.client_address, e.details
        FROM audit_log_events e LEFT JOIN LATERAL unnest(CASE WHEN cardinality(e.child_ids) = 0 THEN NULL ELSE e.child_ids END) AS c ON true ORDER BY e.id`);
    await queryRunner.query(`DROP TABLE "audit_log_events"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_add_partitions"(timestamptz, integer)`);
    await queryRunner.query(`CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id")`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"()`,
    );
  }
}
