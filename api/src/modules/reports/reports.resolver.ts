import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Allow } from '../../common/decorators/allow.decorator';
import { CurrentCaller, CurrentRequest } from '../../common/decorators/current-caller.decorator';
import type { Caller, RequestMeta } from '../../common/request/request-context';
import { type HeardPubSub, PUB_SUB } from '../../graphql/pubsub';
import { AnnualReportType, ReportJobType } from './dto/report.types';
import { REPORT_JOB_UPDATED, ReportJobsService } from './report-jobs.service';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(
    private readonly jobs: ReportJobsService,
    private readonly reports: ReportsService,
    @Inject(PUB_SUB) private readonly pubSub: HeardPubSub,
  ) {}

  @Allow('COMMISSIONER_STAFF')
  @Mutation(() => ReportJobType, { description: 'Queues generation of the annual report for a reporting year; progress is pushed by reportJobUpdated.' })
  generateAnnualReport(
    @Args('year', { type: () => Int }) year: number,
    @CurrentCaller() caller: Caller,
    @CurrentRequest() meta: RequestMeta,
  ): Promise<ReportJobType> {
    return this.jobs.enqueue(caller, year, meta);
  }

  @Allow('COMMISSIONER_STAFF')
  @Query(() => ReportJobType)
  reportJob(@Args('id', { type: () => ID }) id: string): Promise<ReportJobType> {
    return this.jobs.job(id);
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => [AnnualReportType], { description: 'Published annual reports, newest first.' })
  annualReports(@CurrentCaller() caller: Caller): Promise<AnnualReportType[]> {
    return this.reports.list(caller);
  }

  @Allow('ADVOCATE', 'LA_MANAGER', 'COMMISSIONER_STAFF')
  @Query(() => AnnualReportType)
  annualReport(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<AnnualReportType> {
    return this.reports.one(caller, id);
  }

  @Allow('COMMISSIONER_STAFF')
  @Subscription(() => ReportJobType, {
    description: "A report job's progress, as it happens.",
    filter: (payload: Record<string, ReportJobType>, args: { jobId: string }) => payload[REPORT_JOB_UPDATED]?.id === args.jobId,
  })
  reportJobUpdated(@Args('jobId', { type: () => ID }) _jobId: string): AsyncIterator<ReportJobType> {
    return this.pubSub.asyncIterableIterator<ReportJobType>(REPORT_JOB_UPDATED);
  }
}
