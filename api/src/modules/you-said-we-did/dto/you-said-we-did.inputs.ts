import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { type ConcernTheme, OUTCOME_REASON_MAX, VIEW_OUTCOMES, type ViewOutcome } from '@heard/domain';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { ConcernThemeEnum } from '../../escalations/dto/concern-enums';
import { ViewOutcomeEnum } from './you-said-we-did.types';

@InputType()
export class SetViewOutcomeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'viewId must be a child view id' })
  viewId!: string;

  @Field(() => ViewOutcomeEnum)
  @IsIn([...VIEW_OUTCOMES])
  outcome!: ViewOutcome;

  @Field(() => String, { nullable: true, description: 'Required for PARTLY and NOT_DONE: in words the child can understand.' })
  @IsOptional()
  @IsString()
  @MaxLength(OUTCOME_REASON_MAX, { message: `reason must be ${OUTCOME_REASON_MAX} characters or fewer` })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'A decision of one of this child’s meetings that answered it.' })
  @IsOptional()
  @IsUUID('all', { message: 'decisionId must be a decision id' })
  decisionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An action of one of this child’s meetings that answered it.' })
  @IsOptional()
  @IsUUID('all', { message: 'actionId must be an action id' })
  actionId?: string | null;

  @Field(() => [ConcernThemeEnum], {
    nullable: true,
    description:
      'Themes from the taxonomy concerns use, each once (none by default); replaces those saved before. Refused with BAD_USER_INPUT on "themes" when repeated.',
  })
  @IsOptional()
  @IsArray({ message: 'themes must be a list of themes' })
  themes?: ConcernTheme[] | null;

  @Field({ description: 'The child agreed this may be shown on their printed page.' })
  @IsBoolean()
  showToChild!: boolean;

  @Field(() => Int, { description: 'The version read (0 when no outcome was saved yet): a save over a newer one is refused with CONFLICT.' })
  @IsInt()
  @Min(0)
  version!: number;
}
