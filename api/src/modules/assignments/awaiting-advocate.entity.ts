import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

/** A child waiting for an advocate because nobody had capacity; assigned oldest first. */
@Entity({ name: 'awaiting_advocate' })
@Index('awaiting_advocate_one_open_per_child', ['childId'], { unique: true, where: '"resolved_at" IS NULL' })
export class AwaitingAdvocateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  /** The trigger date: the child has been waiting since then. */
  @Column({ name: 'waiting_since', type: 'date' })
  waitingSince!: string;

  @Index('awaiting_advocate_queued_at_idx')
  @Column({ name: 'queued_at', type: 'timestamptz', default: () => 'now()' })
  queuedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId!: string | null;
}
