import { Module } from '@nestjs/common';
import { MissingEpisodesRepository } from './missing-episodes.repository';

/** Episodes when a child was missing from care, or away without authorisation: the one writer of `missing_episodes`. */
@Module({ providers: [MissingEpisodesRepository], exports: [MissingEpisodesRepository] })
export class MissingFromCareModule {}
