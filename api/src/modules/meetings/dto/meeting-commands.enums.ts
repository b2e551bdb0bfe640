import { ACTION_COMMANDS, type ActionCommand, CHILD_VIEW_COMMANDS, type ChildViewCommand, MEETING_COMMANDS, type MeetingCommand } from '@heard/domain';
import { registerEnumType } from '@nestjs/graphql';

export const MeetingCommandEnum = Object.fromEntries(MEETING_COMMANDS.map((c) => [c, c])) as { [K in MeetingCommand]: K };
registerEnumType(MeetingCommandEnum, { name: 'MeetingCommand', description: 'Something that may be recorded at a care-planning meeting.' });

export const ActionCommandEnum = Object.fromEntries(ACTION_COMMANDS.map((c) => [c, c])) as { [K in ActionCommand]: K };
registerEnumType(ActionCommandEnum, { name: 'MeetingActionCommand', description: 'What may be done with an agreed action.' });

export const ChildViewCommandEnum = Object.fromEntries(CHILD_VIEW_COMMANDS.map((c) => [c, c])) as { [K in ChildViewCommand]: K };
registerEnumType(ChildViewCommandEnum, { name: 'ChildViewCommand', description: "What may be done with a child's recorded view." });
