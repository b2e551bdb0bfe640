import type { Role } from '../roles';
import { allowedVisitCommands, type VisitCommand, type VisitState } from './visit-commands';

describe('only the author works on a draft visit report', () => {
  it.each<[string, VisitState, Role, VisitCommand[]]>([
    ['the author, on a draft', { status: 'DRAFT', callerIsAuthor: true }, 'ADVOCATE', ['SAVE_DRAFT', 'SUBMIT']],
    ['the author, once submitted', { status: 'SUBMITTED', callerIsAuthor: true }, 'ADVOCATE', []],
    ['another advocate, on a draft', { status: 'DRAFT', callerIsAuthor: false }, 'ADVOCATE', []],
    ['an LA manager', { status: 'SUBMITTED', callerIsAuthor: false }, 'LA_MANAGER', []],
    ['Commissioner staff', { status: 'DRAFT', callerIsAuthor: false }, 'COMMISSIONER_STAFF', []],
  ])('%s', (_, state, role, expected) => {
    expect(allowedVisitCommands(state, role)).toEqual(expected);
  });
});
