import { Module } from '@nestjs/common';
import { ChildAccessService } from './child-access.service';
import { ChildrenResolver } from './children.resolver';
import { ChildrenService } from './children.service';

@Module({ providers: [ChildAccessService, ChildrenService, ChildrenResolver], exports: [ChildAccessService, ChildrenService] })
export class ChildrenModule {}
