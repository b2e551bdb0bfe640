import { CONCERN_STAGES, CONCERN_STATUSES, CONCERN_THEMES, type ConcernStage, type ConcernStatus, type ConcernTheme } from '@heard/domain';
import { registerEnumType } from '@nestjs/graphql';

export const ConcernStageEnum = Object.fromEntries(CONCERN_STAGES.map((s) => [s, s])) as { [K in ConcernStage]: K };
registerEnumType(ConcernStageEnum, { name: 'ConcernStage' });

export const ConcernStatusEnum = Object.fromEntries(CONCERN_STATUSES.map((s) => [s, s])) as { [K in ConcernStatus]: K };
registerEnumType(ConcernStatusEnum, { name: 'ConcernStatus' });

export const ConcernThemeEnum = Object.fromEntries(CONCERN_THEMES.map((t) => [t, t])) as { [K in ConcernTheme]: K };
registerEnumType(ConcernThemeEnum, { name: 'ConcernTheme' });
