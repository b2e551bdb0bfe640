import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportFindingRow', { description: 'One row of a group of findings, as the LA finds it in its file.' })
export class ImportFindingRowType {
  @Field(() => Int, { description: 'The line in the file; the column line is 1.' }) rowNumber!: number;
  @Field(() => String, { nullable: true, description: "The row's CHILD, when it had one." }) child!: string | null;
  @Field() column!: string;
  @Field() reason!: string;
}

@ObjectType('ImportFindingGroup', { description: 'Findings of one kind in one column of one file, whatever their values.' })
export class ImportFindingGroupType {
  @Field({ description: 'The kind in plain words: "PLACE: not an SSDA903 placement type code".' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The stable kind (a finding code); null for findings stored before kinds were.' })
  code!: string | null;
  @Field() file!: string;
  @Field() column!: string;
  @Field(() => Int) count!: number;
  @Field(() => [ImportFindingRowType], { description: 'The first 5 rows, in row order.' }) firstRows!: ImportFindingRowType[];
}

@ObjectType('ImportOffersDue', { description: 'The open offers of the children the import gave an advocate, as it finished.' })
export class ImportOffersDueType {
  @Field(() => Int) count!: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) earliest!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) latest!: string | null;
}

@ObjectType('ImportActions', { description: 'What Heard did with the return.' })
export class ImportActionsType {
  @Field(() => Int) childrenCreated!: number;
  @Field(() => Int) childrenUpdated!: number;
  @Field(() => Int, { description: 'Children given an advocate.' }) childrenAssigned!: number;
  @Field(() => Int, { description: 'Children put on the waiting list for an advocate.' }) childrenQueued!: number;
  @Field(() => Int, { description: 'Advocacy ended because the period of care ended.' }) assignmentsEnded!: number;
  @Field(() => Int, { description: 'Reviews recorded as past meetings.' }) reviewsRecorded!: number;
  @Field(() => ImportOffersDueType, { nullable: true, description: 'Null for imports from before the summary.' }) offersDue!: ImportOffersDueType | null;
}

@ObjectType('ImportSummary', { description: 'What an import did, and what the LA needs to fix, grouped by reason (largest group first).' })
export class ImportSummaryType {
  @Field(() => [ImportFindingGroupType], { description: 'Rejected rows: to fix in the case system.' }) needsFixing!: ImportFindingGroupType[];
  @Field(() => [ImportFindingGroupType], { description: 'Skipped rows (nothing lost).' }) skipped!: ImportFindingGroupType[];
  @Field(() => [ImportFindingGroupType], { description: 'Rows imported as Heard interpreted them.' }) warnings!: ImportFindingGroupType[];
  @Field(() => ImportActionsType, { nullable: true, description: 'Null until the import has completed.' }) heardDid!: ImportActionsType | null;
}
