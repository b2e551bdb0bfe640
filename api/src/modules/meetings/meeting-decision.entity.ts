import type { DecisionBasis } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocateInputEntity } from '../representations/advocate-input.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * A decision made at a meeting. A significant one records what let it through the guard (`basis`):
 * the advocate's own input it links to, the child's self-representation recorded by their advocate,
 * or the child having opted out of advocacy.
 */
@Entity({ name: 'meeting_decisions' })
@Check('meeting_decisions_basis_valid', `"basis" IS NULL OR "basis" IN ('ADVOCATE_INPUT', 'CHILD_SELF_REPRESENTING', 'CHILD_OPTED_OUT')`)
@Check('meeting_decisions_significant_has_basis', `NOT "significant" OR "basis" IS NOT NULL`)
@Check('meeting_decisions_input_basis_links_input', `"basis" IS DISTINCT FROM 'ADVOCATE_INPUT' OR "advocate_input_id" IS NOT NULL`)
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

  /** The advocate's input the chair linked the decision to. */
  @Index('meeting_decisions_advocate_input_idx')
  @Column({ name: 'advocate_input_id', type: 'uuid', nullable: true })
  advocateInputId!: string | null;

  @ManyToOne(() => AdvocateInputEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_input_id' })
  advocateInput?: AdvocateInputEntity;

  @Column({ type: 'text', nullable: true })
  basis!: DecisionBasis | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
