import type { VisitReport } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ChildrenHomeEntity } from './children-home.entity';

/**
 * A visit to a home and its report. While DRAFT the advocate may save it as often as they like;
 * once SUBMITTED it is fixed and shared (without children's private words unless they consented).
 */
@Entity({ name: 'home_visits' })
@Check('home_visits_status_valid', `"status" IN ('DRAFT', 'SUBMITTED')`)
@Check('home_visits_submitted_has_date', `"status" = 'DRAFT' OR "visit_on" IS NOT NULL`)
@Index('home_visits_one_draft_per_home', ['homeId'], { unique: true, where: `"status" = 'DRAFT'` })
export class HomeVisitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('home_visits_home_idx')
  @Column({ name: 'home_id', type: 'uuid' })
  homeId!: string;

  @ManyToOne(() => ChildrenHomeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_id' })
  home?: ChildrenHomeEntity;

  @Column({ name: 'advocate_user_id', type: 'uuid' })
  advocateUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_user_id' })
  advocate?: UserEntity;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: 'DRAFT' | 'SUBMITTED';

  /** Set on submission, from the report. */
  @Column({ name: 'visit_on', type: 'date', nullable: true })
  visitOn!: string | null;

  @Column({ type: 'jsonb' })
  report!: VisitReport;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;
}
