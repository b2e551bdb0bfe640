import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { SubjectAccessController } from './subject-access.controller';
import { SubjectAccessGeneratorService } from './subject-access-generator.service';
import { SubjectAccessJobsService } from './subject-access-jobs.service';
import { SubjectAccessRepository } from './subject-access.repository';
import { SubjectAccessResolver } from './subject-access.resolver';
import { SubjectAccessService } from './subject-access.service';

@Module({
  imports: [ChildrenModule],
  controllers: [SubjectAccessController],
  providers: [SubjectAccessGeneratorService, SubjectAccessJobsService, SubjectAccessRepository, SubjectAccessResolver, SubjectAccessService],
  exports: [SubjectAccessJobsService],
})
export class SubjectAccessModule {}
