import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';

/** A child looked after by an LA. Identifying fields only; later steps add the rest of the brief. */
@Entity({ name: 'children' })
@Check('children_uasc_ceased_only_if_uasc', '"uasc_ceased_on" IS NULL OR "uasc"')
@Index('children_la_child_ref_unique', ['localAuthorityId', 'laChildRef'], { unique: true })
export class ChildEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  /** The LA's own child identifier (SSDA903 `CHILD`). */
  @Column({ name: 'la_child_ref', type: 'text' })
  laChildRef!: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'preferred_name', type: 'text', nullable: true })
  preferredName!: string | null;

  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth!: string;

  /** DfE SSDA903 SEX code: 1 male, 2 female. */
  @Column({ type: 'text', nullable: true })
  sex!: string | null;

  /** DfE ethnicity code, e.g. WBRI. Special-category data. */
  @Column({ type: 'text', nullable: true })
  ethnicity!: string | null;

  @Column({ name: 'first_language', type: 'text', nullable: true })
  firstLanguage!: string | null;

  /** Special-category data where it describes a disability. */
  @Column({ name: 'communication_needs', type: 'text', nullable: true })
  communicationNeeds!: string | null;

  @Column({ name: 'legal_status', type: 'text', nullable: true })
  legalStatus!: string | null;

  @Column({ name: 'placement_type', type: 'text', nullable: true })
  placementType!: string | null;

  @Column({ name: 'placement_provider', type: 'text', nullable: true })
  placementProvider!: string | null;

  /** An unaccompanied asylum-seeking child, now or before (the return's UASC file). */
  @Column({ type: 'boolean', default: false })
  uasc!: boolean;

  /** The day the child ceased to be an unaccompanied asylum-seeking child (the return's DUC); null while they still are. */
  @Column({ name: 'uasc_ceased_on', type: 'date', nullable: true })
  uascCeasedOn!: string | null;

  /** Children sharing a sibling group are brothers and sisters. */
  @Index('children_sibling_group_idx')
  @Column({ name: 'sibling_group_id', type: 'uuid', nullable: true })
  siblingGroupId!: string | null;

  @Column({ name: 'allocated_social_worker_id', type: 'uuid', nullable: true })
  allocatedSocialWorkerId!: string | null;

  /** When the record was disposed of at the end of its retention (record-disposal): the row stays, anonymised, for the published figures; no read path shows it. */
  @Column({ name: 'disposed_at', type: 'timestamptz', nullable: true })
  disposedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
