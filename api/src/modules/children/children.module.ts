import { Module } from '@nestjs/common';
import { ChildAccessService } from './child-access.service';
import { ChildrenRepository } from './children.repository';
import { ChildrenResolver } from './children.resolver';
import { ChildrenService } from './children.service';

@Module({
  providers: [ChildAccessService, ChildrenService, ChildrenResolver, ChildrenRepository],
  exports: [ChildAccessService, ChildrenService, ChildrenRepository],
})
export class ChildrenModule {}
