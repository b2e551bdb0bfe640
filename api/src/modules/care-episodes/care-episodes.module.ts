import { Module } from '@nestjs/common';
import { CareEpisodesRepository } from './care-episodes.repository';

/** A child's periods of care: the one writer of `care_episodes`. */
@Module({ providers: [CareEpisodesRepository], exports: [CareEpisodesRepository] })
export class CareEpisodesModule {}
