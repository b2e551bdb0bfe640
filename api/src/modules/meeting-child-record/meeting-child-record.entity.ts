import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The child's own record of a completed meeting, in plain words: drafted from the meeting's decisions and
 * actions, edited by the child's advocate (each save a new `version`), then gone through with the child.
 * What the child said about it is the child's own view and stays with their advocate.
 */
@Entity({ name: 'meeting_child_records' })
export class MeetingChildRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_child_records_meeting_uq', { unique: true })
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ name: 'edited_by_user_id', type: 'uuid' })
  editedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'edited_by_user_id' })
  editedBy?: UserEntity;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt!: Date;

  /** The day the advocate went through the record with the child. */
  @Column({ name: 'gone_through_on', type: 'date', nullable: true })
  goneThroughOn!: string | null;

  /** What the child said about the record: advocate-only. */
  @Column({ name: 'child_said', type: 'text', nullable: true })
  childSaid!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
