import type { Role } from '../roles';
import { allowedChildViewCommands, CHILD_VIEW_COMMANDS, type ChildViewCommand, type ChildViewState } from './child-view-commands';

describe("only the child's current advocate withdraws the sharing of a view still shared", () => {
  it('has one command', () => {
    expect(CHILD_VIEW_COMMANDS).toEqual(['WITHDRAW_SHARING']);
  });

  it.each<[string, ChildViewState, Role, boolean, ChildViewCommand[]]>([
    ['the current advocate, a shared view', { shareable: true, sharingWithdrawn: false }, 'ADVOCATE', true, ['WITHDRAW_SHARING']],
    ['the current advocate, a view never shared', { shareable: false, sharingWithdrawn: false }, 'ADVOCATE', true, []],
    ['the current advocate, sharing already withdrawn', { shareable: true, sharingWithdrawn: true }, 'ADVOCATE', true, []],
    ['a former advocate, a shared view', { shareable: true, sharingWithdrawn: false }, 'ADVOCATE', false, []],
    ['an LA manager, a shared view', { shareable: true, sharingWithdrawn: false }, 'LA_MANAGER', false, []],
    ['an LA manager, even if told it is the advocate', { shareable: true, sharingWithdrawn: false }, 'LA_MANAGER', true, []],
  ])('%s', (_, view, role, currentAdvocate, expected) => {
    expect(allowedChildViewCommands(view, { role, currentAdvocate })).toEqual(expected);
  });
});
