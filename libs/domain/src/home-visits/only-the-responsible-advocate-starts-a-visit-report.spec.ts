import type { Role } from '../roles';
import { allowedNextVisitCommands, type NextVisitState, type VisitCommand } from './visit-commands';

describe("only the home's responsible advocate starts or resumes its visit report", () => {
  it.each<[string, NextVisitState, Role, VisitCommand[]]>([
    ['the responsible advocate, no draft yet', { callerIsResponsible: true, draft: 'NONE' }, 'ADVOCATE', ['SAVE_DRAFT', 'SUBMIT']],
    ['the responsible advocate, with their draft', { callerIsResponsible: true, draft: 'CALLERS' }, 'ADVOCATE', ['SAVE_DRAFT', 'SUBMIT']],
    ["the responsible advocate, with another advocate's draft", { callerIsResponsible: true, draft: 'ANOTHER_ADVOCATES' }, 'ADVOCATE', []],
    ['an advocate of a child living there', { callerIsResponsible: false, draft: 'NONE' }, 'ADVOCATE', []],
    ['a former author no longer responsible', { callerIsResponsible: false, draft: 'CALLERS' }, 'ADVOCATE', []],
    ['an LA manager', { callerIsResponsible: false, draft: 'NONE' }, 'LA_MANAGER', []],
    ['Commissioner staff', { callerIsResponsible: false, draft: 'NONE' }, 'COMMISSIONER_STAFF', []],
  ])('%s', (_, state, role, expected) => {
    expect(allowedNextVisitCommands(state, role)).toEqual(expected);
  });
});
