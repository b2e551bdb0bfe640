import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const ACCOUNT_LINK_PURPOSES = ['INVITATION', 'PASSWORD_RESET'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/**
 * A single-use link to set a password: sent by email when an administrator invites a user or forces a reset.
 * Only the SHA-256 of its token is stored. It works once (`used_at`), until `expires_at`, and stops working when a
 * newer link is sent to the same user (`revoked_at`).
 */
@Entity({ name: 'account_links' })
@Check('account_links_purpose_valid', `"purpose" IN ('INVITATION', 'PASSWORD_RESET')`)
@Index('account_links_user_idx', ['userId'])
export class AccountLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose!: AccountLinkPurpose;

  @Index('account_links_token_hash_unique', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  /** The administrator who sent it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
