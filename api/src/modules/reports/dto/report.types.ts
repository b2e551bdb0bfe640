import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportJob', { description: 'A queued or running generation of the annual report.' })
export class ReportJobType {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field({ description: 'QUEUED, RUNNING, DONE or FAILED.' }) status!: string;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
}

@ObjectType('ReportTableRef')
export class ReportTableRefType {
  @Field() id!: string;
  @Field() caption!: string;
}

@ObjectType('AnnualReport')
export class AnnualReportType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The reporting year: 2025 is 1 April 2025 to 31 March 2026.' }) year!: number;
  @Field({ description: 'The first day the figures count (1 April of the year), YYYY-MM-DD.' }) periodStart!: string;
  @Field({ description: 'The last day the figures count: 31 March, or for a year to date the day it was generated (YYYY-MM-DD).' })
  periodEnd!: string;
  @Field({ description: 'True for a year to date: the year was not over when the report was generated, so its figures will change.' })
  provisional!: boolean;
  @Field(() => Int) version!: number;
  @Field({ description: 'SHA-256 of the national report HTML.' }) checksum!: string;
  @Field() generatedBy!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => [ReportTableRefType], { description: 'Tables that can be downloaded as CSV.' }) tables!: ReportTableRefType[];
  @Field(() => String, { nullable: true, description: 'For an LA manager: the name of their LA, whose section they can read as well as the national report.' })
  ownLocalAuthority!: string | null;
}
