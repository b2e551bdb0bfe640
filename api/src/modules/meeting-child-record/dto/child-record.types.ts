import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MeetingChildRecord', { description: "The child's own plain-words record of a completed meeting." })
export class MeetingChildRecordType {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  childId!: string;

  @Field({ description: "The child's first name, as the record is addressed to them." })
  childGivenName!: string;

  @Field({ description: 'The day the meeting was held, YYYY-MM-DD.' })
  meetingDate!: string;

  @Field(() => String, { nullable: true, description: 'The saved text; null until the advocate saves it.' })
  text!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A first draft from the meeting's decisions and actions, for the child's current advocate only (null for others).",
  })
  draft!: string | null;

  @Field(() => Int, { description: 'The saved version (0 when nothing is saved yet): send it back when saving.' })
  version!: number;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;

  @Field(() => String, { nullable: true })
  editedByName!: string | null;

  @Field(() => String, { nullable: true, description: 'When the advocate went through the record with the child, YYYY-MM-DD.' })
  goneThroughOn!: string | null;

  @Field(() => String, { nullable: true, description: "What the child said about the record: the child's advocates only (null for others)." })
  childSaid!: string | null;

  @Field({ description: "Whether the caller is the child's current advocate and may edit the record." })
  canEdit!: boolean;
}
