import { DISPOSAL_RULES, type DisposalRule } from '@heard/domain';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ChildEntity } from '../children/child.entity';

/**
 * Notice that a child's record is due for disposal: given once, when the record enters its notice period (the
 * record-disposal job). The record is disposed of only once the whole notice period has run since this day.
 * Removed when the record is disposed of (the disposal register keeps the notice day).
 */
@Entity({ name: 'record_disposal_notices' })
@Check('record_disposal_notices_rule_valid', `"rule" IN (${DISPOSAL_RULES.map((r) => `'${r}'`).join(', ')})`)
export class RecordDisposalNoticeEntity {
  @PrimaryColumn({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @OneToOne(() => ChildEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ name: 'given_on', type: 'date' })
  givenOn!: string;

  /** The retention date the notice was given for: a later date of death or correction gives a new notice. */
  @Column({ name: 'retain_until', type: 'date' })
  retainUntil!: string;

  @Column({ type: 'text' })
  rule!: DisposalRule;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt!: Date;
}
