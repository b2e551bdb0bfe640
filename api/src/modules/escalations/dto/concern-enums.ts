import {
  CONCERN_COMMANDS,
  CONCERN_STAGES,
  CONCERN_STATUSES,
  CONCERN_THEMES,
  type ConcernCommandName,
  type ConcernStage,
  type ConcernStatus,
  type ConcernTheme,
} from '@heard/domain';
import { registerEnumType } from '@nestjs/graphql';

export const ConcernStageEnum = Object.fromEntries(CONCERN_STAGES.map((s) => [s, s])) as { [K in ConcernStage]: K };
registerEnumType(ConcernStageEnum, { name: 'ConcernStage' });

export const ConcernStatusEnum = Object.fromEntries(CONCERN_STATUSES.map((s) => [s, s])) as { [K in ConcernStatus]: K };
registerEnumType(ConcernStatusEnum, { name: 'ConcernStatus' });

export const ConcernThemeEnum = Object.fromEntries(CONCERN_THEMES.map((t) => [t, t])) as { [K in ConcernTheme]: K };
registerEnumType(ConcernThemeEnum, { name: 'ConcernTheme' });

export const ConcernCommandEnum = Object.fromEntries(CONCERN_COMMANDS.map((c) => [c, c])) as { [K in ConcernCommandName]: K };
registerEnumType(ConcernCommandEnum, { name: 'ConcernCommand', description: 'A step that may be recorded on a concern.' });
