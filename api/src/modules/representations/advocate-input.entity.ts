import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * The advocate's input on a decision proposed for a meeting, recorded by the child's advocate on
 * their own screen before or at the meeting. A chair links a significant decision to one of these.
 * Rows moved over from the chair's old free-text field are marked `migrated_from_chair` and cannot
 * support a new decision.
 */
@Entity({ name: 'advocate_inputs' })
@Check('advocate_inputs_advocate_known', `"migrated_from_chair" OR "advocate_id" IS NOT NULL`)
export class AdvocateInputEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('advocate_inputs_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  /** The decision proposed, in the advocate's words. */
  @Column({ type: 'text' })
  proposal!: string;

  /** The advocate's input on it (the child's view of it, what the advocate asks the meeting to weigh). */
  @Column({ type: 'text' })
  input!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  /** The child's advocate who recorded it (null only for a migrated row whose meeting had no advocate). */
  @Column({ name: 'advocate_id', type: 'uuid', nullable: true })
  advocateId!: string | null;

  @ManyToOne(() => AdvocateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_id' })
  advocate?: AdvocateEntity;

  @Column({ name: 'migrated_from_chair', type: 'boolean', default: false })
  migratedFromChair!: boolean;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
