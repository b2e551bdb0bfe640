import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * advocates.active_caseload is kept by the database from the assignments themselves, so it can
 * never drift from reality; with the CHECK (active_caseload <= caseload_cap) the database refuses
 * any assignment that would put an advocate over their cap.
 */
export class CaseloadCounter1795392000000 implements MigrationInterface {
  name = 'CaseloadCounter1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "assignments_count_caseload"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.ended_on IS NULL THEN
          UPDATE advocates SET active_caseload = active_caseload - 1 WHERE id = OLD.advocate_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.ended_on IS NULL THEN
          UPDATE advocates SET active_caseload = active_caseload + 1 WHERE id = NEW.advocate_id;
        END IF;
        RETURN NULL;
      END;
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER "assignments_caseload" AFTER INSERT OR UPDATE OF ended_on, advocate_id OR DELETE ON "assignments" FOR EACH ROW EXECUTE FUNCTION "assignments_count_caseload"()`,
    );
    await queryRunner.query(`UPDATE advocates a SET active_caseload = (SELECT count(*) FROM assignments s WHERE s.advocate_id = a.id AND s.ended_on IS NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "assignments_caseload" ON "assignments"`);
    await queryRunner.query(`DROP FUNCTION "assignments_count_caseload"()`);
  }
}
