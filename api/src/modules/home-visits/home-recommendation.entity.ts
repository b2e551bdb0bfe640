import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { ChildrenHomeEntity } from './children-home.entity';
import { HomeVisitEntity } from './home-visit.entity';

/** A recommendation for the home from a submitted visit, followed up at the next visit like a meeting action. */
@Entity({ name: 'home_recommendations' })
@Check('home_recommendations_status_valid', `"status" IN ('OPEN', 'DONE', 'NOT_DONE')`)
@Check('home_recommendations_themes_not_empty', 'cardinality("themes") > 0')
export class HomeRecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('home_recommendations_home_idx')
  @Column({ name: 'home_id', type: 'uuid' })
  homeId!: string;

  @ManyToOne(() => ChildrenHomeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_id' })
  home?: ChildrenHomeEntity;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId!: string;

  @ManyToOne(() => HomeVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: HomeVisitEntity;

  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text', array: true })
  themes!: string[];

  /** The one child this recommendation concerns, if it concerns one. */
  @Column({ name: 'child_id', type: 'uuid', nullable: true })
  childId!: string | null;

  @ManyToOne(() => ChildEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text', default: 'OPEN' })
  status!: 'OPEN' | 'DONE' | 'NOT_DONE';

  @Column({ name: 'carry_overs', type: 'integer', default: 0 })
  carryOvers!: number;

  @Column({ name: 'last_reviewed_visit_id', type: 'uuid', nullable: true })
  lastReviewedVisitId!: string | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
