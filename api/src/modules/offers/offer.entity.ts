import type { OfferOutcome, OfferReason } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ChildEntity } from '../children/child.entity';

/** An active offer of advocacy: first contact explaining rights, due within a deadline. */
@Entity({ name: 'offers' })
@Check('offers_outcome_valid', `"outcome" IS NULL OR "outcome" IN ('ACCEPTED', 'OPTED_OUT', 'NON_INSTRUCTED')`)
@Check('offers_opt_out_has_words', `"outcome" IS DISTINCT FROM 'OPTED_OUT' OR length(trim("child_words")) > 0`)
@Check('offers_closed_without_outcome', `("closed_on" IS NULL) = ("closed_reason" IS NULL) AND ("closed_on" IS NULL OR "outcome" IS NULL)`)
@Check('offers_non_instructed_has_reason', `"outcome" IS DISTINCT FROM 'NON_INSTRUCTED' OR length(trim("non_instructed_reason")) > 0`)
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('offers_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Index('offers_assignment_idx')
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column({ type: 'text' })
  reason!: OfferReason;

  @Column({ name: 'prompted_on', type: 'date' })
  promptedOn!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'due_explanation', type: 'text' })
  dueExplanation!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: OfferOutcome | null;

  @Column({ name: 'outcome_on', type: 'date', nullable: true })
  outcomeOn!: string | null;

  @Column({ name: 'child_words', type: 'text', nullable: true })
  childWords!: string | null;

  @Column({ name: 'non_instructed_reason', type: 'text', nullable: true })
  nonInstructedReason!: string | null;

  @Column({ name: 'outcome_recorded_by_user_id', type: 'uuid', nullable: true })
  outcomeRecordedByUserId!: string | null;

  /** Closed without an outcome: the child was reassigned and the new advocate makes a new offer. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: 'REASSIGNED' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
