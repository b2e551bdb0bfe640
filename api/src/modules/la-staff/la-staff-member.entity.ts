import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';
import { UserEntity } from '../users/user.entity';

export type LaStaffRole = 'SOCIAL_WORKER' | 'TEAM_MANAGER';

/** A social worker or manager in an LA's children's services; some are also Heard users. */
@Entity({ name: 'la_staff' })
@Check('la_staff_role_valid', `"role" IN ('SOCIAL_WORKER', 'TEAM_MANAGER')`)
export class LaStaffMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('la_staff_local_authority_idx')
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ type: 'text' })
  role!: LaStaffRole;

  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => LaStaffMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: LaStaffMemberEntity;

  /** Recorded as experienced: may chair a care-planning meeting (Step 3). */
  @Column({ type: 'boolean', default: false })
  experienced!: boolean;

  /** Deactivated by an administrator: kept for the meetings they chaired, never chosen to chair again. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
