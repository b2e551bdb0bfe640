import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MeetingEntity } from './meeting.entity';

export const VIEW_KINDS = ['WISHES_AND_FEELINGS', 'TO_RAISE', 'HOW_TO_TAKE_PART', 'SELF_REPRESENTATION'] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

/**
 * What the child told their advocate privately before a meeting. Items not marked shareable are
 * the advocate's confidential notes: they never reach an LA user. A shared item stops reaching LA users
 * once its sharing is withdrawn (who and when are kept; the item and the child's first answer stay).
 */
@Entity({ name: 'child_views' })
@Check('child_views_kind_valid', `"kind" IN ('WISHES_AND_FEELINGS', 'TO_RAISE', 'HOW_TO_TAKE_PART', 'SELF_REPRESENTATION')`)
@Check(
  'child_views_withdrawal_recorded',
  `("sharing_withdrawn_at" IS NULL) = ("sharing_withdrawn_by_user_id" IS NULL) AND ("sharing_withdrawn_at" IS NULL OR "shareable")`,
)
export class ChildViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('child_views_meeting_idx')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  kind!: ViewKind;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean' })
  shareable!: boolean;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'sharing_withdrawn_at', type: 'timestamptz', nullable: true })
  sharingWithdrawnAt!: Date | null;

  @Column({ name: 'sharing_withdrawn_by_user_id', type: 'uuid', nullable: true })
  sharingWithdrawnByUserId!: string | null;
}
