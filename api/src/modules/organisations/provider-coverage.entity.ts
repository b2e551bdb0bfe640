import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AdvocacyProviderEntity } from './advocacy-provider.entity';
import { LocalAuthorityEntity } from './local-authority.entity';

/** Which LAs' children an advocacy provider's advocates may represent. */
@Entity({ name: 'provider_coverage' })
export class ProviderCoverageEntity {
  @PrimaryColumn({ name: 'advocacy_provider_id', type: 'uuid' })
  advocacyProviderId!: string;

  @PrimaryColumn({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId!: string;

  @ManyToOne(() => AdvocacyProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advocacy_provider_id' })
  provider?: AdvocacyProviderEntity;

  @ManyToOne(() => LocalAuthorityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: LocalAuthorityEntity;
}
