import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OFFER_COMMANDS, OFFER_OUTCOMES, OFFER_REASONS, type OfferCommand, type OfferOutcome, type OfferReason } from '@heard/domain';

export const OfferReasonEnum = Object.fromEntries(OFFER_REASONS.map((r) => [r, r])) as { [K in OfferReason]: K };
registerEnumType(OfferReasonEnum, { name: 'OfferReason', description: 'What prompted the offer.' });
export const OfferOutcomeEnum = Object.fromEntries(OFFER_OUTCOMES.map((o) => [o, o])) as { [K in OfferOutcome]: K };
registerEnumType(OfferOutcomeEnum, { name: 'OfferOutcome' });
export const OfferCommandEnum = Object.fromEntries(OFFER_COMMANDS.map((c) => [c, c])) as { [K in OfferCommand]: K };
registerEnumType(OfferCommandEnum, { name: 'OfferCommand', description: "What may be recorded about the child's answer to an offer." });

@ObjectType('Offer')
export class OfferType {
  @Field(() => ID)
  id!: string;

  @Field(() => OfferReasonEnum)
  reason!: OfferReason;

  @Field({ description: 'YYYY-MM-DD' })
  promptedOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  dueOn!: string;

  @Field({ description: 'How the due date was worked out, in one sentence.' })
  dueExplanation!: string;

  @Field()
  overdue!: boolean;

  @Field(() => OfferOutcomeEnum, { nullable: true })
  outcome!: OfferOutcome | null;

  @Field(() => String, { nullable: true })
  outcomeOn!: string | null;

  @Field(() => String, { nullable: true, description: "The child's own words, when they opted out." })
  childWords!: string | null;

  @Field(() => String, { nullable: true })
  nonInstructedReason!: string | null;

  @Field(() => [OfferCommandEnum], {
    description: "What the caller may record now (the child's answer, or their opting back in): exactly what the API will accept.",
  })
  allowedCommands!: OfferCommand[];
}
