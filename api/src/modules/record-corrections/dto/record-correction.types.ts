import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CORRECTABLE_ITEM_KINDS, CORRECTION_KINDS, type CorrectableItemKind, type CorrectionKind, type Role } from '@heard/domain';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { RoleEnum } from '../../users/user.type';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CorrectableItemKindEnum = enumOf(CORRECTABLE_ITEM_KINDS);
export const CorrectionKindEnum = enumOf(CORRECTION_KINDS);
registerEnumType(CorrectableItemKindEnum, { name: 'CorrectableItemKind', description: "A kind of recorded item on a child's record that can be put right." });
registerEnumType(CorrectionKindEnum, {
  name: 'CorrectionKind',
  description: "CORRECTION: what is wrong and what is right. CHILD_DISAGREEMENT: the child's own statement that they disagree.",
});

@ObjectType('RecordCorrection', { description: 'A correction or the child’s disagreement, shown beside the original item, which stays as recorded.' })
export class RecordCorrectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => CorrectableItemKindEnum)
  itemKind!: CorrectableItemKind;

  @Field(() => ID)
  itemId!: string;

  @Field(() => CorrectionKindEnum)
  kind!: CorrectionKind;

  @Field({ description: "What is wrong and what is right, or what the child says, in the child's words." })
  text!: string;

  @Field({ description: 'Who recorded it (their display name).' })
  recordedByName!: string;

  @Field(() => RoleEnum, { description: 'The role they recorded it in.' })
  recordedByRole!: Role;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field({ description: 'In plain words: "Corrected by the local authority on 3 March 2026" or "Maya disagrees (recorded by their advocate on …)".' })
  label!: string;
}

@InputType()
export class AddRecordCorrectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'childId must be a child id' })
  childId!: string;

  @Field(() => CorrectableItemKindEnum)
  @IsIn(CORRECTABLE_ITEM_KINDS, { message: 'itemKind must be a kind of recorded item' })
  itemKind!: CorrectableItemKind;

  @Field(() => ID, { description: 'The recorded item: the child itself for CHILD_DETAILS.' })
  @IsUUID('all', { message: 'itemId must be the id of a recorded item' })
  itemId!: string;

  @Field(() => CorrectionKindEnum)
  @IsIn(CORRECTION_KINDS, { message: 'kind must be a correction or the child’s disagreement' })
  kind!: CorrectionKind;

  @Field()
  @IsString()
  @Length(1, 5000, { message: 'Enter what is wrong, or what the child says (up to 5000 characters)' })
  text!: string;
}
