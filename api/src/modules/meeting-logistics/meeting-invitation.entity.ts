import type { MeetingAttendeeRole } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';
import { UserEntity } from '../users/user.entity';

/** Someone invited to a meeting, in an attendee role; `sent_on` is when their invitation (with its calendar file) went out. */
@Entity({ name: 'meeting_invitations' })
@Check('meeting_invitations_role_valid', `"role" IN ('CHILD', 'PARENT', 'CARER', 'SOCIAL_WORKER', 'ADVOCATE', 'OTHER')`)
export class MeetingInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_invitations' })
  id!: string;

  @Index('meeting_invitations_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_invitations_meeting' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  role!: MeetingAttendeeRole;

  @Column({ type: 'text' })
  name!: string;

  /** Optional for the child (their advocate tells them); needed for everyone else. */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'sent_on', type: 'date', nullable: true })
  sentOn!: string | null;

  /** The calendar file's SEQUENCE in the last invitation sent to them. */
  @Column({ name: 'sent_sequence', type: 'integer', nullable: true })
  sentSequence!: number | null;

  @Column({ name: 'added_by_user_id', type: 'uuid' })
  addedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'added_by_user_id', foreignKeyConstraintName: 'FK_meeting_invitations_added_by' })
  addedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
