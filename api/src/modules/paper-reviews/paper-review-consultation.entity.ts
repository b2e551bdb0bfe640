import type { PaperReviewConsultee } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { PaperReviewEntity } from './paper-review.entity';

/** One consultation for a paper review: with the child (recorded by their advocate), a carer or the social worker (by the LA). */
@Entity({ name: 'paper_review_consultations' })
@Index('paper_review_consultations_who_uq', ['paperReviewId', 'who'], { unique: true })
@Check('paper_review_consultations_who_valid', `"who" IN ('CHILD', 'CARER', 'SOCIAL_WORKER')`)
export class PaperReviewConsultationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'paper_review_id', type: 'uuid' })
  paperReviewId!: string;

  @ManyToOne(() => PaperReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_review_id' })
  paperReview?: PaperReviewEntity;

  @Column({ type: 'text' })
  who!: PaperReviewConsultee;

  @Column({ name: 'consulted_on', type: 'date' })
  consultedOn!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
