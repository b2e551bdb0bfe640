import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** A decision made at a meeting; a significant one needs the advocate's input (or self-representation). */
@Entity({ name: 'meeting_decisions' })
export class MeetingDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_decisions_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean' })
  significant!: boolean;

  @Column({ name: 'advocate_input', type: 'text', nullable: true })
  advocateInput!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
