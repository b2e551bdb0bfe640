import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingAttendeeRole } from '@heard/domain';
import { MeetingEntity } from '../meetings/meeting.entity';
import { UserEntity } from '../users/user.entity';

/** The day a held meeting's record was shared with its attendees of one role (once per meeting and role). */
@Entity({ name: 'meeting_record_shares' })
@Check('meeting_record_shares_role_valid', `"role" IN ('CHILD', 'PARENT', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE', 'OTHER')`)
@Index('meeting_record_shares_meeting_role_uq', ['meetingId', 'role'], { unique: true })
export class MeetingRecordShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  role!: MeetingAttendeeRole;

  @Column({ name: 'shared_on', type: 'date' })
  sharedOn!: string;

  @Column({ name: 'shared_by_user_id', type: 'uuid' })
  sharedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'shared_by_user_id' })
  sharedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
