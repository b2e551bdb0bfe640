import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

/**
 * The LA's named safeguarding contact, set by an administrator: who is told at once about an immediate
 * safeguarding concern (name and email), the LA manager who acknowledges it in Heard, and the LA's director,
 * if recorded, who is told when an alert is not acknowledged in time.
 */
@Entity({ name: 'la_safeguarding_contacts' })
export class SafeguardingContactEntity {
  @PrimaryColumn({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'acknowledger_user_id', type: 'uuid' })
  acknowledgerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'acknowledger_user_id' })
  acknowledger?: UserEntity;

  @Column({ name: 'director_user_id', type: 'uuid', nullable: true })
  directorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'director_user_id' })
  director?: UserEntity;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
