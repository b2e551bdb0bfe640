import { Module } from '@nestjs/common';
import { MissingFromCareModule } from '../missing-from-care/missing-from-care.module';
import { ChildAccessService } from './child-access.service';
import { ChildrenRepository } from './children.repository';
import { ChildrenResolver } from './children.resolver';
import { ChildrenService } from './children.service';

@Module({
  imports: [MissingFromCareModule],
  providers: [ChildAccessService, ChildrenService, ChildrenResolver, ChildrenRepository],
  exports: [ChildAccessService, ChildrenService, ChildrenRepository],
})
export class ChildrenModule {}
