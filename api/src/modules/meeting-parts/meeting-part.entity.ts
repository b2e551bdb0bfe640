import type { ChildChairRole } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';
import { UserEntity } from '../users/user.entity';

/** A part of a meeting held in parts: who attended it, whether the child was there, and whether the child chaired it. */
@Entity({ name: 'meeting_parts' })
@Index('meeting_parts_meeting_position_uq', ['meetingId', 'position'], { unique: true })
@Check('meeting_parts_child_chair_valid', `"child_chair" IN ('NONE', 'CHAIR', 'CO_CHAIR')`)
export class MeetingPartEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  /** 1 for the first part, in the order they were held. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', array: true })
  attendees!: string[];

  @Column({ name: 'child_attended', type: 'boolean' })
  childAttended!: boolean;

  @Column({ name: 'child_chair', type: 'text', default: 'NONE' })
  childChair!: ChildChairRole;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
