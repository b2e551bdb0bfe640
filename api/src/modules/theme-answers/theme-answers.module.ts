import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ThemeAnswersRepository } from './theme-answers.repository';
import { ThemeAnswersResolver } from './theme-answers.resolver';
import { ThemeAnswersService } from './theme-answers.service';

/** Themes the Commissioner puts to local authorities, their answers and follow-ups. */
@Module({
  exports: [ThemeAnswersRepository],
  imports: [NotificationsModule],
  providers: [ThemeAnswersRepository, ThemeAnswersService, ThemeAnswersResolver],
})
export class ThemeAnswersModule {}
