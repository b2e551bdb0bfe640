import type { RecommendationAnswerer } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HomeRecommendationEntity } from '../home-visits/home-recommendation.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One answer a visit recommendation is owed: by the home, or by one LA that placed children there. Made when the
 * report is submitted, with the date it is due; answered once (the LA's own date, or the date the home's answer was received).
 */
@Entity({ name: 'home_recommendation_answers' })
@Check('home_recommendation_answers_answerer_valid', `"answerer" IN ('HOME', 'LOCAL_AUTHORITY')`)
@Check('home_recommendation_answers_la_for_la', `("answerer" = 'LOCAL_AUTHORITY') = ("local_authority_id" IS NOT NULL)`)
@Check(
  'home_recommendation_answers_answer_complete',
  `("answered_at" IS NULL) = ("response" IS NULL) AND ("answered_at" IS NULL) = ("answered_on" IS NULL) AND ("answered_at" IS NULL) = ("answered_by_user_id" IS NULL)`,
)
@Index('home_recommendation_answers_one_home', ['recommendationId'], { unique: true, where: `"answerer" = 'HOME'` })
@Index('home_recommendation_answers_one_per_la', ['recommendationId', 'localAuthorityId'], { unique: true, where: `"answerer" = 'LOCAL_AUTHORITY'` })
export class RecommendationAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('home_recommendation_answers_recommendation_idx')
  @Column({ name: 'recommendation_id', type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => HomeRecommendationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: HomeRecommendationEntity;

  @Column({ type: 'text' })
  answerer!: RecommendationAnswerer;

  @Index('home_recommendation_answers_la_idx')
  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId!: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  /** The London date the report was submitted and the answer opened. */
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  /** The LA manager's London date, or the date the home's answer was received. */
  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_user_id', type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_user_id' })
  answeredBy?: UserEntity;
}
