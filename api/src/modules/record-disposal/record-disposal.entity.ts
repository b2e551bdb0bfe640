import { DISPOSAL_RULES, type DisposalRule } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';

/**
 * The disposal register: one row per child's record disposed of, saying when, by which rule, for which LA, and
 * how many rows of each table were anonymised or deleted. It holds no name, date of birth or free text: the child
 * is named only by the id the audit trail also uses. Append-only: the runtime role may only insert, and a trigger
 * refuses any change or removal, whoever asks.
 */
@Entity({ name: 'record_disposals' })
@Check('record_disposals_rule_valid', `"rule" IN (${DISPOSAL_RULES.map((r) => `'${r}'`).join(', ')})`)
export class RecordDisposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('record_disposals_child_uq', { unique: true })
  @Column({ name: 'child_id', type: 'uuid' })
  childId!: string;

  @Index('record_disposals_la_idx')
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ type: 'text' })
  rule!: DisposalRule;

  @Column({ name: 'notice_given_on', type: 'date' })
  noticeGivenOn!: string;

  @Column({ name: 'disposed_at', type: 'timestamptz' })
  disposedAt!: Date;

  /** Rows anonymised and deleted, per table: `{ "meetings": { "anonymised": 3, "deleted": 0 }, … }`. */
  @Column({ type: 'jsonb' })
  counts!: Record<string, { anonymised: number; deleted: number }>;
}
