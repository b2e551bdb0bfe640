import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The answers each visit recommendation is owed by the home and the placing LAs (`home_recommendation_answers`), owned by recommendation-answers. */

export class HomeRecommendationAnswers1797880000000 implements MigrationInterface {
  name = 'HomeRecommendationAnswers1797880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "home_recommendation_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "answerer" text NOT NULL, "local_authority_id" uuid, "opened_on" date NOT NULL, "due_on" date NOT NULL, "response" text, "answered_on" date, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_user_id" uuid, CONSTRAINT "home_recommendation_answers_answer_complete" CHECK (("answered_at" IS NULL) = ("response" IS NULL) AND ("answered_at" IS NULL) = ("answered_on" IS NULL) AND ("answered_at" IS NULL) = ("answered_by_user_id" IS NULL)), CONSTRAINT "home_recommendation_answers_la_for_la" CHECK (("answerer" = 'LOCAL_AUTHORITY') = ("local_authority_id" IS NOT NULL)), CONSTRAINT "home_recommendation_answers_answerer_valid" CHECK ("answerer" IN ('HOME', 'LOCAL_AUTHORITY')), CONSTRAINT "PK_454b3bb9f318f9e4a54095331ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "home_recommendation_answers_recommendation_idx" ON "home_recommendation_answers" ("recommendation_id") `);
    await queryRunner.query(`CREATE INDEX "home_recommendation_answers_la_idx" ON "home_recommendation_answers" ("local_authority_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "home_recommendation_answers_one_per_la" ON "home_recommendation_answers" ("recommendation_id", "local_authority_id") WHERE "answerer" = 'LOCAL_AUTHORITY'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "home_recommendation_answers_one_home" ON "home_recommendation_answers" ("recommendation_id") WHERE "answerer" = 'HOME'`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendation_answers" ADD CONSTRAINT "FK_09621454ebeed5e00697450a129" FOREIGN KEY ("recommendation_id") REFERENCES "home_recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendation_answers" ADD CONSTRAINT "FK_7592502c7e7a747c65d700a7555" FOREIGN KEY ("local_authority_id") REFERENCES "local_authorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "home_recommendation_answers" ADD CONSTRAINT "FK_1eb4ec36b953c8e0e55a9289db9" FOREIGN KEY ("answered_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "home_recommendation_answers" DROP CONSTRAINT "FK_1eb4ec36b953c8e0e55a9289db9"`);
    await queryRunner.query(`ALTER TABLE "home_recommendation_answers" DROP CONSTRAINT "FK_7592502c7e7a747c65d700a7555"`);
    await queryRunner.query(`ALTER TABLE "home_recommendation_answers" DROP CONSTRAINT "FK_09621454ebeed5e00697450a129"`);
    await queryRunner.query(`DROP INDEX "public"."home_recommendation_answers_one_home"`);
    await queryRunner.query(`DROP INDEX "public"."home_recommendation_answers_one_per_la"`);
    await queryRunner.query(`DROP INDEX "public"."home_recommendation_answers_la_idx"`);
    await queryRunner.query(`DROP INDEX "public"."home_recommendation_answers_recommendation_idx"`);
    await queryRunner.query(`DROP TABLE "home_recommendation_answers"`);
  }
}
