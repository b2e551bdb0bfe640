import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SUBJECT_ACCESS_EXPORT_ROLES } from '@heard/domain';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { SubjectAccessExportType } from './dto/subject-access-export.type';
import { SubjectAccessService } from './subject-access.service';

@Resolver()
export class SubjectAccessResolver {
  constructor(private readonly exports: SubjectAccessService) {}

  @Allow(...SUBJECT_ACCESS_EXPORT_ROLES)
  @Mutation(() => SubjectAccessExportType, {
    description: "Queues a subject-access export of a child's record (the DPO of the child's LA); poll subjectAccessExport for progress.",
  })
  requestSubjectAccessExport(
    @Args('childId', { type: () => ID }) childId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SubjectAccessExportType> {
    return this.exports.request(caller, childId, meta);
  }

  @Allow(...SUBJECT_ACCESS_EXPORT_ROLES)
  @Query(() => SubjectAccessExportType, { description: 'One of my subject-access exports, with its progress.' })
  subjectAccessExport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<SubjectAccessExportType> {
    return this.exports.one(caller, id, meta);
  }

  @Allow(...SUBJECT_ACCESS_EXPORT_ROLES)
  @Query(() => [SubjectAccessExportType], { description: 'The subject-access exports I requested, newest first.' })
  mySubjectAccessExports(@CurrentCaller() caller: Caller, @CurrentRequest() meta: RequestMeta): Promise<SubjectAccessExportType[]> {
    return this.exports.mine(caller, meta);
  }
}
