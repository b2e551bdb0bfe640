import { Module } from '@nestjs/common';
import { RecommendationAnswersRepository } from './recommendation-answers.repository';
import { RecommendationAnswersResolver } from './recommendation-answers.resolver';
import { RecommendationAnswersService } from './recommendation-answers.service';

@Module({
  providers: [RecommendationAnswersRepository, RecommendationAnswersService, RecommendationAnswersResolver],
  exports: [RecommendationAnswersService],
})
export class RecommendationAnswersModule {}
