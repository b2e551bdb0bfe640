import type { Role } from '@heard/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocacyProviderEntity } from '../organisations/advocacy-provider.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';

@Entity({ name: 'users' })
@Check('users_role_valid', `"role" IN ('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF', 'ADMIN', 'PROVIDER_MANAGER', 'DATA_PROTECTION_OFFICER')`)
@Check('users_la_manager_has_la', `"role" <> 'LA_MANAGER' OR "local_authority_id" IS NOT NULL`)
@Check('users_dpo_has_la', `"role" <> 'DATA_PROTECTION_OFFICER' OR "local_authority_id" IS NOT NULL`)
@Check('users_advocate_has_provider', `"role" <> 'ADVOCATE' OR "advocacy_provider_id" IS NOT NULL`)
@Check('users_provider_manager_has_provider', `"role" <> 'PROVIDER_MANAGER' OR "advocacy_provider_id" IS NOT NULL`)
@Check('users_email_lower_case', `"email" = lower("email")`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('users_email_unique', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId!: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ name: 'advocacy_provider_id', type: 'uuid', nullable: true })
  advocacyProviderId!: string | null;

  @ManyToOne(() => AdvocacyProviderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocacy_provider_id' })
  advocacyProvider?: AdvocacyProviderEntity;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** False until an invited user sets their password, and again after an administrator forces a reset: `password_hash` then matches nothing. */
  @Column({ name: 'has_password', type: 'boolean', default: true })
  hasPassword!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
