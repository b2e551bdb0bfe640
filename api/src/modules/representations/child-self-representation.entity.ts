import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * The child chose to represent themselves at this meeting: recorded by the child's advocate, in the
 * child's words, once per meeting. A row moved over from the chair's old tick box is marked
 * `migrated_from_chair` (no words) and does not satisfy the significant-decision guard.
 */
@Entity({ name: 'child_self_representations' })
@Check('child_self_representations_by_advocate_in_words', `"migrated_from_chair" OR ("advocate_id" IS NOT NULL AND length(trim("child_words")) > 0)`)
export class ChildSelfRepresentationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('child_self_representations_one_per_meeting', { unique: true })
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'child_words', type: 'text', nullable: true })
  childWords!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

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
