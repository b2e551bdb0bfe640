import type { ActionStatus } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/** A SMART action from a meeting: what, owner, due date and how it will be monitored. */
@Entity({ name: 'meeting_actions' })
@Check('meeting_actions_status_valid', `"status" IN ('OPEN', 'DONE', 'NOT_DONE')`)
@Check('meeting_actions_carry_overs_not_negative', '"carry_overs" >= 0')
export class MeetingActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_actions_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  what!: string;

  @Column({ type: 'text' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'text' })
  monitoring!: string;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ActionStatus;

  @Column({ name: 'carry_overs', type: 'integer', default: 0 })
  carryOvers!: number;

  /** The meeting that last reviewed this action (closing or carrying it over). */
  @Column({ name: 'last_reviewed_meeting_id', type: 'uuid', nullable: true })
  lastReviewedMeetingId!: string | null;

  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
