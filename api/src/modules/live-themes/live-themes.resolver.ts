import { Args, Query, Resolver } from '@nestjs/graphql';
import { LIVE_THEMES_READERS } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { LiveThemesInput } from './dto/live-themes.input';
import { LiveThemesType, ThemeWarningsType } from './dto/live-themes.types';
import { LiveThemesService } from './live-themes.service';
import { ThemeWarningsService } from './theme-warnings.service';

@Resolver()
export class LiveThemesResolver {
  constructor(
    private readonly themes: LiveThemesService,
    private readonly warnings: ThemeWarningsService,
  ) {}

  @Allow(...LIVE_THEMES_READERS)
  @Query(() => LiveThemesType, {
    description:
      'Themes of concerns, home-visit findings and "you said, we did" outcomes through the year, by breakdown, against the same period last year, with small numbers suppressed: Commissioner staff any breakdown, an LA manager their own LA (LOCAL_AUTHORITY) only. Audited.',
  })
  liveThemes(@Args('input') input: LiveThemesInput, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<LiveThemesType> {
    return this.themes.read(caller, input, meta);
  }

  @Allow('COMMISSIONER_STAFF')
  @Query(() => ThemeWarningsType, {
    description: 'Themes rising this quarter in one LA, provider or home, with the figures that triggered each warning. Audited.',
  })
  themeWarnings(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ThemeWarningsType> {
    return this.warnings.read(caller, meta);
  }
}
