import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { LaStaffMemberEntity } from '../la-staff/la-staff-member.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The paper review between two yearly meetings of a child settled in long-term foster care: one per child per
 * last meeting (`after_meeting_on`), due `due_on`, signed off once by the chair.
 */
@Entity({ name: 'paper_reviews' })
@Index('paper_reviews_child_meeting_uq', ['childId', 'afterMeetingOn'], { unique: true })
@Check('paper_reviews_signed_off_has_chair', `"signed_off_on" IS NULL OR ("chair_staff_id" IS NOT NULL AND "signed_off_by_user_id" IS NOT NULL)`)
export class PaperReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  /** The yearly meeting this paper review follows. */
  @Column({ name: 'after_meeting_on', type: 'date' })
  afterMeetingOn!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'signed_off_on', type: 'date', nullable: true })
  signedOffOn!: string | null;

  @Column({ name: 'chair_staff_id', type: 'uuid', nullable: true })
  chairStaffId!: string | null;

  @ManyToOne(() => LaStaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_staff_id' })
  chair?: LaStaffMemberEntity;

  @Column({ name: 'signed_off_by_user_id', type: 'uuid', nullable: true })
  signedOffByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_off_by_user_id' })
  signedOffBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
