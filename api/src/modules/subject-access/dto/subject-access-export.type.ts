import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SubjectAccessExport', { description: "A subject-access export of one child's record: a ZIP of record.pdf and record.json, downloaded once." })
export class SubjectAccessExportType {
  @Field(() => ID) id!: string;
  @Field(() => ID) childId!: string;
  @Field() childName!: string;
  @Field({ description: 'QUEUED, RUNNING, READY, DOWNLOADED, EXPIRED or FAILED.' }) status!: string;
  @Field(() => Int, { description: '0 to 100.' }) progress!: number;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Int, { nullable: true, description: "The ZIP's size in bytes, once ready." }) sizeBytes!: number | null;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readyAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) downloadedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the ZIP is removed if not downloaded first.' }) expiresAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where the requester downloads the ZIP, while it is ready.' }) downloadPath!: string | null;
}
