import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller } from '../../common/decorators/current-caller.decorator';
import type { Caller } from '../../common/request/request-context';
import { Ssda903ImportType } from './dto/import.types';
import { ImportReadsService } from './import-reads.service';

/** Reads of SSDA903 imports; the upload itself is the streaming POST /api/imports/ssda903. */
@Resolver()
export class ImportsResolver {
  constructor(private readonly reads: ImportReadsService) {}

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
}
