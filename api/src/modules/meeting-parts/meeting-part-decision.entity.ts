import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { MeetingDecisionEntity } from '../meetings/meeting-decision.entity';
import { MeetingPartEntity } from './meeting-part.entity';

/**
 * The part of the meeting a decision was taken in. A link table rather than a column on `meeting_decisions`, so
 * the decisions table stays the meetings feature's alone; a decision with no row belongs to a meeting in one piece.
 */
@Entity({ name: 'meeting_part_decisions' })
export class MeetingPartDecisionEntity {
  @PrimaryColumn({ name: 'decision_id', type: 'uuid' })
  decisionId!: string;

  @OneToOne(() => MeetingDecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id' })
  decision?: MeetingDecisionEntity;

  @Index('meeting_part_decisions_part_idx')
  @Column({ name: 'part_id', type: 'uuid' })
  partId!: string;

  @ManyToOne(() => MeetingPartEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'part_id' })
  part?: MeetingPartEntity;
}
