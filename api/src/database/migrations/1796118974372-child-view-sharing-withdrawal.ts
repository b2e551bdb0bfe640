import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The advocate can withdraw the sharing of a child's view (the child changed their mind): who and when
 * are recorded on the view itself, nothing is deleted, and LA users stop seeing it. A withdrawal needs
 * both columns, and only a view that was shared can have one.
 */
export class ChildViewSharingWithdrawal1796118974372 implements MigrationInterface {
  name = 'ChildViewSharingWithdrawal1796118974372';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_views" ADD "sharing_withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "child_views" ADD "sharing_withdrawn_by_user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "child_views" ADD CONSTRAINT "child_views_withdrawal_recorded" CHECK (("sharing_withdrawn_at" IS NULL) = ("sharing_withdrawn_by_user_id" IS NULL) AND ("sharing_withdrawn_at" IS NULL OR "shareable"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_views" DROP CONSTRAINT "child_views_withdrawal_recorded"`);
    await queryRunner.query(`ALTER TABLE "child_views" DROP COLUMN "sharing_withdrawn_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "child_views" DROP COLUMN "sharing_withdrawn_at"`);
  }
}
