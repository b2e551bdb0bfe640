import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { YouSaidWeDidRepository } from './you-said-we-did.repository';
import { YouSaidWeDidResolver } from './you-said-we-did.resolver';
import { YouSaidWeDidService } from './you-said-we-did.service';

/** "You said, we did": what became of each thing a child said at their meetings. */
@Module({
  exports: [YouSaidWeDidRepository],
  imports: [ChildrenModule],
  providers: [YouSaidWeDidRepository, YouSaidWeDidService, YouSaidWeDidResolver],
})
export class YouSaidWeDidModule {}
