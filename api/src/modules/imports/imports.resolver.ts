import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { ImportSummaryType } from './dto/import-summary.types';
import { Ssda903ImportType } from './dto/import.types';
import { ImportReadsService } from './import-reads.service';
import { ImportSummaryService } from './import-summary.service';

/** Reads of SSDA903 imports; the upload itself is the streaming POST /api/imports/ssda903. */
@Resolver(() => Ssda903ImportType)
export class ImportsResolver {
  constructor(
    private readonly reads: ImportReadsService,
    private readonly summaries: ImportSummaryService,
  ) {}

  @Allow('LA_MANAGER')
  @Query(() => [Ssda903ImportType], { description: "The LA's past imports, newest first." })
  ssda903Imports(@CurrentCaller() caller: Caller): Promise<Ssda903ImportType[]> {
    return this.reads.list(caller);
  }

  @Allow('LA_MANAGER')
  @Query(() => Ssda903ImportType, { description: 'One import: progress while it runs, then counts and rejected rows.' })
  ssda903Import(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<Ssda903ImportType> {
    return this.reads.one(caller, id);
  }

  /**
   * Reached only through the queries above (LA_MANAGER); field resolvers run no guards, so the service checks again that the
   * caller is the LA manager of the import's LA, and audits the read.
   */
  @ResolveField('summary', () => ImportSummaryType, {
    description: 'What was imported, what needs fixing in the case system (grouped by reason, with counts and the first rows) and what Heard did.',
  })
  summary(@Parent() parent: Ssda903ImportType, @CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<ImportSummaryType> {
    return this.summaries.summary(caller, parent.id, meta);
  }
}
