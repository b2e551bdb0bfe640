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

/**
 * Offers made before dates were written in UK form store a due explanation like "2026-12-17: 20 working days after
 * 2026-11-18, no bank holidays skipped". Rewritten in place rather than recomputed when read: the explanation is the
 * record of what the child was told was due when the offer was made (by the bank holidays known then), so only
 * its dates' form changes, and every reader keeps reading one stored sentence. Only the dates change.
 */
export class UkDatesInOfferExplanations1797000000001 implements MigrationInterface {
  name = 'UkDatesInOfferExplanations1797000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "offers" SET "due_explanation" = ${ukDatesSql('"due_explanation"')} WHERE "due_explanation" ~ '\\d{4}-\\d{2}-\\d{2}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "offers" SET "due_explanation" = ${isoDatesSql('"due_explanation"')} WHERE "due_explanation" ~ '\\d{4}'`);
  }
}
