import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

export const TRIGGER_KINDS = ['ENTERED_CARE', 'FAMILY_GROUP_DECISION_MAKING', 'CARE_PROCEEDINGS_STARTED'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** An event that starts advocacy: no referral, no form. */
@Entity({ name: 'trigger_events' })
@Check('trigger_events_kind_valid', `"kind" IN ('ENTERED_CARE', 'FAMILY_GROUP_DECISION_MAKING', 'CARE_PROCEEDINGS_STARTED')`)
export class TriggerEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('trigger_events_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text' })
  kind!: TriggerKind;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
