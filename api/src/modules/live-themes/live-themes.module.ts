import { Module } from '@nestjs/common';
import { LiveThemesRepository } from './live-themes.repository';
import { LiveThemesResolver } from './live-themes.resolver';
import { LiveThemesService } from './live-themes.service';
import { ThemeWarningsService } from './theme-warnings.service';

/** Live themes through the year and early warning of rising ones (aggregate reads; no child is shown). */
@Module({
  providers: [LiveThemesRepository, LiveThemesService, ThemeWarningsService, LiveThemesResolver],
})
export class LiveThemesModule {}
