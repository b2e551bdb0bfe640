import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { LiveThemesRepository } from './live-themes.repository';
import { LiveThemesResolver } from './live-themes.resolver';
import { LiveThemesService } from './live-themes.service';
import { ThemeWarningsJob } from './theme-warnings.job';
import { ThemeWarningsService } from './theme-warnings.service';

/** Live themes through the year and early warning of rising ones, told to Commissioner staff once (aggregate reads; no child is shown). */
@Module({
  imports: [NotificationsModule],
  providers: [LiveThemesRepository, LiveThemesService, ThemeWarningsService, ThemeWarningsJob, LiveThemesResolver],
})
export class LiveThemesModule {}
