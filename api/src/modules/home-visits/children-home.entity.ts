import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdvocateEntity } from '../advocates/advocate.entity';
import { LocalAuthorityEntity } from '../organisations/local-authority.entity';

/** A children's home, registered with Ofsted, in a local authority's area. */
@Entity({ name: 'children_homes' })
export class ChildrenHomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'provider_name', type: 'text' })
  providerName!: string;

  /** Where the shared visit report is sent for the provider. */
  @Column({ name: 'provider_contact_email', type: 'text' })
  providerContactEmail!: string;

  @Index('children_homes_ofsted_urn_unique', { unique: true })
  @Column({ name: 'ofsted_urn', type: 'text' })
  ofstedUrn!: string;

  @Column({ type: 'text' })
  address!: string;

  /** The LA area the home is in (not necessarily the LA that placed a child there). */
  @Column({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;

  /** The advocate responsible for visiting the home. */
  @Index('children_homes_responsible_advocate_idx')
  @Column({ name: 'responsible_advocate_id', type: 'uuid', nullable: true })
  responsibleAdvocateId!: string | null;

  @ManyToOne(() => AdvocateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_advocate_id' })
  responsibleAdvocate?: AdvocateEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
