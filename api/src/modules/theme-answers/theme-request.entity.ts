import type { ConcernTheme } from '@heard/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A theme the Commissioner put to a local authority, with the date its answer is due (working days from the London
 * date it was put) and, once given, the LA's answer: what it found, what it will do and by when. Answered once.
 */
@Entity({ name: 'theme_requests' })
@Check(
  'theme_requests_answer_complete',
  `("answered_at" IS NULL) = ("found" IS NULL) AND ("answered_at" IS NULL) = ("will_do" IS NULL) AND ("answered_at" IS NULL) = ("by_when" IS NULL) AND ("answered_at" IS NULL) = ("answered_on" IS NULL)`,
)
export class ThemeRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('theme_requests_local_authority_idx')
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

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
