import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

export const DECISION_KINDS = ['ACCEPTED', 'OPTED_OUT', 'OPTED_BACK_IN', 'NON_INSTRUCTED'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The child's decisions about advocacy, in order; never edited, so the whole history is kept. */
@Entity({ name: 'child_decisions' })
@Check('child_decisions_kind_valid', `"kind" IN ('ACCEPTED', 'OPTED_OUT', 'OPTED_BACK_IN', 'NON_INSTRUCTED')`)
export class ChildDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('child_decisions_child_idx')
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'text' })
  kind!: DecisionKind;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn!: string;

  /** In the child's own words (required to opt out). */
  @Column({ name: 'child_words', type: 'text', nullable: true })
  childWords!: string | null;

  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId!: string | null;

  @Column({ name: 'recorded_by_user_id', type: 'uuid' })
  recordedByUserId!: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
