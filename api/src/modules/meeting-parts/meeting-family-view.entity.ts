import type { FamilyMemberRole, FamilyViewVisibility } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';
import { UserEntity } from '../users/user.entity';

/** A parent's, carer's or other family member's views for a meeting: never one of the child's own views. */
@Entity({ name: 'meeting_family_views' })
@Check('meeting_family_views_who_valid', `"who" IN ('PARENT', 'CARER', 'OTHER_FAMILY')`)
@Check('meeting_family_views_visibility_valid', `"visibility" IN ('ATTENDEES', 'LA_ONLY')`)
export class MeetingFamilyViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meeting_family_views_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  who!: FamilyMemberRole;

  @Column({ type: 'text' })
  name!: string;

  /** Their relationship to the child in their words, e.g. "Mum" or "Foster carer". */
  @Column({ type: 'text' })
  relationship!: string;

  @Column({ type: 'text' })
  views!: string;

  @Column({ type: 'text' })
  visibility!: FamilyViewVisibility;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_user_id' })
  recordedBy?: UserEntity;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
