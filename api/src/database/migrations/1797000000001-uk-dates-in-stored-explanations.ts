import type { MigrationInterface, QueryRunner } from 'typeorm';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_NAMES = MONTHS.join('|');

/** SQL rewriting every ISO date in `text` (`2026-12-07`) in UK form (`7 December 2026`), as ukLongDate writes it. */
export function ukDatesSql(text: string): string {
  const named = MONTHS.reduce(
    (sql, month, i) => `regexp_replace(${sql}, '(\\d{4})-${String(i + 1).padStart(2, '0')}-(\\d{2})', '\\2 ${month} \\1', 'g')`,
    text,
  );
  return `regexp_replace(${named}, '(^|[^0-9])0([1-9] (${MONTH_NAMES}) \\d{4})', '\\1\\2', 'g')`;
}

/** SQL writing every UK date with a year in `text` back in ISO form (`7 December 2026` → `2026-12-07`). */
export function isoDatesSql(text: string): string {
  const padded = `regexp_replace(${text}, '(^|[^0-9])([1-9] (${MONTH_NAMES}) \\d{4})', '\\10\\2', 'g')`;
  return MONTHS.reduce((sql, month, i) => `regexp_replace(${sql}, '(\\d{2}) ${month} (\\d{4})', '\\2-${String(i + 1).padStart(2, '0')}-\\1', 'g')`, padded);
}

/** The 903 findings whose reasons hold dates Heard worked out (never a value quoted from the file). */
const DATED_FINDINGS = ['EPISODE_OVERLAP', 'X1_TREATED_AS_OPEN', 'X1_CONTINUED', 'ENDS_BEFORE_START', 'BEFORE_BIRTH'];
const ISO_DATE = `'\\d{4}-\\d{2}-\\d{2}'`;

/**
 * Texts stored before dates were written in UK form: an offer's due explanation ("2026-12-17: 20 working days
 * after 2026-11-18, no bank holidays skipped") and the reasons of 903 import findings ("This episode starts on
 * 2024-04-01, …"). Rewritten in place rather than recomputed when read: each is the record of what Heard said at
 * the time (the offer's deadline by the bank holidays known then; the finding of that import), so only the form
 * of its dates changes, and every reader keeps reading one stored sentence.
 */
export class UkDatesInStoredExplanations1797000000001 implements MigrationInterface {
  name = 'UkDatesInStoredExplanations1797000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "offers" SET "due_explanation" = ${ukDatesSql('"due_explanation"')} WHERE "due_explanation" ~ ${ISO_DATE}`);
    await queryRunner.query(
      `UPDATE "ssda903_import_rejections" SET "reason" = ${ukDatesSql('"reason"')} WHERE "reason_code" = ANY($1::text[]) AND "reason" ~ ${ISO_DATE}`,
      [DATED_FINDINGS],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "offers" SET "due_explanation" = ${isoDatesSql('"due_explanation"')}`);
    await queryRunner.query(`UPDATE "ssda903_import_rejections" SET "reason" = ${isoDatesSql('"reason"')} WHERE "reason_code" = ANY($1::text[])`, [
      DATED_FINDINGS,
    ]);
  }
}
