import type { ConcernTheme } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A theme the Commissioner put to a local authority or to a children's home provider (exactly one), with the date its answer is due (working days from the London
 * date it was put) and, once given, the answer: what it found, what it will do and by when. Answered once. A provider
 * has no account: Commissioner staff record its answer, and `answered_on` is the date it was received.
 */
@Entity({ name: 'theme_requests' })
@Check(
  'theme_requests_answer_complete',
  `("answered_at" IS NULL) = ("found" IS NULL) AND ("answered_at" IS NULL) = ("will_do" IS NULL) AND ("answered_at" IS NULL) = ("by_when" IS NULL) AND ("answered_at" IS NULL) = ("answered_on" IS NULL)`,
)
@Check('theme_requests_one_recipient', `("local_authority_id" IS NULL) <> ("provider_name" IS NULL)`)
export class ThemeRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('theme_requests_local_authority_idx')
  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId!: string | null;

  /** A children's home provider, as `children_homes.provider_name` names it (providers have no table of their own). */
  @Index('theme_requests_provider_idx')
  @Column({ name: 'provider_name', type: 'text', nullable: true })
  providerName!: string | null;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ type: 'text' })
  theme!: ConcernTheme;

  @Column({ type: 'text' })
  question!: string;

  @Column({ name: 'put_by_user_id', type: 'uuid' })
  putByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'put_by_user_id' })
  putBy?: UserEntity;

  @Column({ name: 'put_at', type: 'timestamptz' })
  putAt!: Date;

  @Column({ name: 'put_on', type: 'date' })
  putOn!: string;

  @Column({ type: 'date' })
  deadline!: string;

  @Column({ type: 'text', nullable: true })
  found!: string | null;

  @Column({ name: 'will_do', type: 'text', nullable: true })
  willDo!: string | null;

  @Column({ name: 'by_when', type: 'date', nullable: true })
  byWhen!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'answered_by_user_id', type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'answered_by_user_id' })
  answeredBy?: UserEntity;
}
