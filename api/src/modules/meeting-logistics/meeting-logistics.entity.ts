import type { MeetingVenueKind } from '@heard/domain';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MeetingEntity } from '../meetings/meeting.entity';

/**
 * A meeting's logistics: when it starts (London time) and how long it lasts, where it is held, the child's preferred
 * venue and time (recorded by their advocate), when the social worker's report reached the advocate, and when the
 * invitations first went out (the notice the child was given counts from that day).
 */
@Entity({ name: 'meeting_logistics' })
@Check('meeting_logistics_venue_valid', `"venue_kind" IS NULL OR "venue_kind" IN ('CHILDS_HOME', 'SCHOOL', 'LA_OFFICE', 'COMMUNITY', 'ONLINE')`)
@Check(
  'meeting_logistics_preferred_venue_valid',
  `"preferred_venue_kind" IS NULL OR "preferred_venue_kind" IN ('CHILDS_HOME', 'SCHOOL', 'LA_OFFICE', 'COMMUNITY', 'ONLINE')`,
)
export class MeetingLogisticsEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_logistics' })
  meetingId!: string;

  @OneToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'FK_meeting_logistics_meeting' })
  meeting?: MeetingEntity;

  /** London local time, HH:MM. */
  @Column({ name: 'start_time', type: 'text', nullable: true })
  startTime!: string | null;

  @Column({ name: 'length_minutes', type: 'integer', nullable: true })
  lengthMinutes!: number | null;

  @Column({ name: 'venue_kind', type: 'text', nullable: true })
  venueKind!: MeetingVenueKind | null;

  @Column({ name: 'venue_details', type: 'text', nullable: true })
  venueDetails!: string | null;

  @Column({ name: 'preferred_venue_kind', type: 'text', nullable: true })
  preferredVenueKind!: MeetingVenueKind | null;

  /** The child's words on where and when suits them (after school, not at school...). */
  @Column({ name: 'preferred_details', type: 'text', nullable: true })
  preferredDetails!: string | null;

  @Column({ name: 'preferred_recorded_at', type: 'timestamptz', nullable: true })
  preferredRecordedAt!: Date | null;

  @Column({ name: 'papers_shared_on', type: 'date', nullable: true })
  papersSharedOn!: string | null;

  @Column({ name: 'invitations_first_sent_on', type: 'date', nullable: true })
  invitationsFirstSentOn!: string | null;

  /** The calendar file's SEQUENCE: one more each time the time or place changes after invitations went out. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
