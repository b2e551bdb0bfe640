import type { MeetingStatus } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { LaStaffMemberEntity } from '../la-staff/la-staff-member.entity';

/** A care-planning meeting (replacing the IRO-chaired review), chaired by an LA manager. */
@Entity({ name: 'meetings' })
@Check('meetings_status_valid', `"status" IN ('SCHEDULED', 'HELD', 'COMPLETED', 'CANCELLED')`)
@Check('meetings_participation_valid', `"participation_code" IS NULL OR "participation_code" IN ('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('meetings_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'scheduled_on', type: 'date' })
  scheduledOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  invitees!: string[];

  @Column({ name: 'chair_staff_id', type: 'uuid' })
  chairStaffId!: string;

  @ManyToOne(() => LaStaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_staff_id' })
  chair?: LaStaffMemberEntity;

  /** The advocate invited (always, when the child has one). */
  @Column({ name: 'advocate_id', type: 'uuid', nullable: true })
  advocateId!: string | null;

  @Column({ type: 'text', default: 'SCHEDULED' })
  status!: MeetingStatus;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  attendees!: string[];

  @Column({ name: 'participation_code', type: 'text', nullable: true })
  participationCode!: string | null;

  @Column({ type: 'text', nullable: true })
  minutes!: string | null;

  @Column({ name: 'summary_for_child', type: 'text', nullable: true })
  summaryForChild!: string | null;

  @Column({ name: 'scheduled_by_user_id', type: 'uuid' })
  scheduledByUserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
