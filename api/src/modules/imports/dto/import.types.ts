import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportFileTotals')
export class ImportFileTotalsType {
  @Field({ description: 'header, episodes or reviews; missing and uasc when the return had them' }) file!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int) skipped!: number;
  @Field(() => Int) rejected!: number;
}

@ObjectType('ImportCounts')
export class ImportCountsType {
  @Field(() => Int) childrenCreated!: number;
  @Field(() => Int) childrenUpdated!: number;
  @Field(() => Int) childrenUnchanged!: number;
  @Field(() => Int) periodsOfCare!: number;
  @Field(() => Int) childrenAssigned!: number;
  @Field(() => Int) childrenQueued!: number;
  @Field(() => Int) assignmentsEnded!: number;
  @Field(() => Int) meetingsRecorded!: number;
  @Field(() => Int, { description: 'Short-break episodes (legal status V3/V4), which are not a period of care.' }) shortBreaksSkipped!: number;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) rowsRejected!: number;
  @Field(() => Int, { description: 'Rows not imported that lose nothing: exact duplicates and short breaks (each listed with its reason).' })
  rowsSkipped!: number;
  @Field(() => Int, { description: 'Rows imported as Heard interpreted them, each listed with what it did.' }) warnings!: number;
  @Field(() => [ImportFileTotalsType], { description: 'Per file: rows read = imported + skipped + rejected. Empty for imports before Step 14.' })
  files!: ImportFileTotalsType[];
}

@ObjectType('ImportRejection')
export class ImportRejectionType {
  @Field() file!: string;
  @Field(() => Int, { description: 'The line in the file; the column line is 1.' }) rowNumber!: number;
  @Field() column!: string;
  @Field() reason!: string;
}

@ObjectType('Ssda903Import')
export class Ssda903ImportType {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field() importedBy!: string;
  @Field(() => GraphQLISODateTime) startedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int) childrenTotal!: number;
  @Field(() => Int) childrenDone!: number;
  @Field(() => ImportCountsType, { nullable: true }) counts!: ImportCountsType | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => ID, { nullable: true, description: 'An earlier completed import of exactly the same files, if any.' }) sameFilesAs!: string | null;
  @Field(() => [ImportRejectionType], { description: 'The first 500 rejected rows (download the CSV for all).' }) rejections!: ImportRejectionType[];
  @Field(() => [ImportRejectionType], { description: 'The first 500 skipped rows, each with its reason (an exact duplicate, a short break).' })
  skipped!: ImportRejectionType[];
  @Field(() => [ImportRejectionType], {
    description: 'The first 500 warnings: rows imported as Heard interpreted them, or children it could not place in care.',
  })
  warnings!: ImportRejectionType[];
}
