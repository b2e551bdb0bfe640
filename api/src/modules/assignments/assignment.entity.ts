import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { ChildEntity } from '../children/child.entity';

export const ASSIGNMENT_END_REASONS = ['LEFT_CARE', 'ADVOCATE_LEFT', 'CONFLICT_OF_INTEREST', 'CHILD_REQUEST'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];

/**
 * Which advocate a child has, from when to when, and why it ended. The partial unique index
 * means the database itself refuses a second active assignment for a child; the other finds an
 * advocate's current children without reading their past ones.
 */
@Entity({ name: 'assignments' })
@Index('assignments_one_active_per_child', ['childId'], { unique: true, where: '"ended_on" IS NULL' })
@Index('assignments_active_by_advocate', ['advocateId'], { where: '"ended_on" IS NULL' })
@Check('assignments_end_reason_with_end', '("ended_on" IS NULL) = ("end_reason" IS NULL)')
@Check('assignments_end_after_start', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('assignments_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Index('assignments_advocate_idx')
  @Column({ name: 'advocate_id', type: 'uuid' })
  advocateId!: string;

  @ManyToOne(() => AdvocateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_id' })
  advocate?: AdvocateEntity;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  /** Why this advocate: PREVIOUS_ADVOCATE, SIBLING_ADVOCATE, SHARED_LANGUAGE, LOWEST_CASELOAD or REASSIGNED. */
  @Column({ name: 'start_reason', type: 'text' })
  startReason!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: AssignmentEndReason | null;

  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
