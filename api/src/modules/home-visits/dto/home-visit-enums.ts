import { JUDGEMENTS, QUALITY_STANDARDS, VISIT_COMMANDS, type Judgement, type QualityStandard, type VisitCommand } from '@heard/domain';
import { registerEnumType } from '@nestjs/graphql';

export const QualityStandardEnum = Object.fromEntries(QUALITY_STANDARDS.map((s) => [s, s])) as { [K in QualityStandard]: K };
registerEnumType(QualityStandardEnum, {
  name: 'QualityStandard',
  description: "The nine Quality Standards of the Children's Homes (England) Regulations 2015.",
});

export const JudgementEnum = Object.fromEntries(JUDGEMENTS.map((j) => [j, j])) as { [K in Judgement]: K };
registerEnumType(JudgementEnum, { name: 'Judgement' });

export const FollowUpOutcomeEnum = { DONE: 'DONE', NOT_DONE: 'NOT_DONE', CARRIED_OVER: 'CARRIED_OVER' } as const;
registerEnumType(FollowUpOutcomeEnum, { name: 'FollowUpOutcome' });

export const VisitCommandEnum = Object.fromEntries(VISIT_COMMANDS.map((c) => [c, c])) as { [K in VisitCommand]: K };
registerEnumType(VisitCommandEnum, { name: 'VisitCommand', description: 'What may be done with a visit report.' });
