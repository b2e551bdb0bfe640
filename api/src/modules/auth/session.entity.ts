import type { Role } from '@heard/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { SessionEndReason } from './session-end';

/**
 * A signed-in session. The refresh token itself is never stored, only its SHA-256 hash and the random
 * nonce it was derived from with the server's key (TokensService.refreshTokenFor); it is rotated on every refresh, and the hashes it replaced are kept in `used_refresh_tokens` so a replay
 * is recognised. A session ends on logout, after SESSION_IDLE_MINUTES without use, when its account
 * is locked or disabled, when its user's role, LA or provider changes from what they were at sign-in
 * (`role`, `local_authority_id`, `advocacy_provider_id`), or when a rotated refresh token is replayed.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('sessions_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('sessions_refresh_token_hash_unique', { unique: true })
  @Column({ name: 'refresh_token_hash', type: 'text' })
  refreshTokenHash!: string;

  /** The token the last rotation replaced: presented again within a few seconds, it is a double-submit, not a replay. */
  @Column({ name: 'previous_refresh_token_hash', type: 'text', nullable: true })
  previousRefreshTokenHash!: string | null;

  /** The current refresh token's nonce (null for sessions begun before tokens were derived): with the server's key, re-derives it. */
  @Column({ name: 'refresh_nonce', type: 'text', nullable: true })
  refreshNonce!: string | null;

  @Column({ name: 'refreshed_at', type: 'timestamptz', nullable: true })
  refreshedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: SessionEndReason | null;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;

  /** What the user was allowed at sign-in; the session ends when the user's row no longer says the same. */
  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId!: string | null;

  @Column({ name: 'advocacy_provider_id', type: 'uuid', nullable: true })
  advocacyProviderId!: string | null;
}
