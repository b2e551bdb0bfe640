import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocacyProviderEntity } from '../organisations/advocacy-provider.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An advocate. `activeCaseload` counts their open assignments and is changed only in the same
 * transaction as an assignment; the database refuses any change that would put it over the cap.
 */
@Entity({ name: 'advocates' })
@Check('advocates_within_cap', '"active_caseload" <= "caseload_cap"')
@Check('advocates_caseload_not_negative', '"active_caseload" >= 0')
@Check('advocates_cap_not_negative', '"caseload_cap" >= 0')
export class AdvocateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('advocates_user_id_unique', { unique: true })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('advocates_provider_idx')
  @Column({ name: 'advocacy_provider_id', type: 'uuid' })
  advocacyProviderId!: string;

  @ManyToOne(() => AdvocacyProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocacy_provider_id' })
  provider?: AdvocacyProviderEntity;

  /** An LA that also employs this person: they never advocate for its children. */
  @Column({ name: 'employing_local_authority_id', type: 'uuid', nullable: true })
  employingLocalAuthorityId!: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employing_local_authority_id' })
  employingLocalAuthority?: LocalAuthorityEntity;

  @Column({ name: 'caseload_cap', type: 'integer', default: 40 })
  caseloadCap!: number;

  @Column({ name: 'active_caseload', type: 'integer', default: 0 })
  activeCaseload!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Away up to and including this day: not given new children until the day after (`availableOn`); their children stay. */
  @Column({ name: 'unavailable_until', type: 'date', nullable: true })
  unavailableUntil!: string | null;

  /** Bumped by every administrator's edit, so two edits of the same advocate cannot silently overwrite each other. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
