import type { Role } from '../roles';
import { allowedChildCommands, CHILD_COMMANDS, childCommandRefusal, NO_OPEN_PERIOD_TO_END, NO_PLACEMENT_OUTSIDE_CARE } from './child-commands';

describe("recording a change of placement or leaving care on a child's record", () => {
  it.each<[string, { inCare: boolean; callerIsChildsLa: boolean }, Role, string[]]>([
    [
      'the LA manager of a child in care may record either',
      { inCare: true, callerIsChildsLa: true },
      'LA_MANAGER',
      ['RECORD_PLACEMENT_CHANGE', 'RECORD_LEFT_CARE'],
    ],
    ['nothing once the child has left care', { inCare: false, callerIsChildsLa: true }, 'LA_MANAGER', []],
    ["nothing for another LA's manager", { inCare: true, callerIsChildsLa: false }, 'LA_MANAGER', []],
    ['never the advocate', { inCare: true, callerIsChildsLa: true }, 'ADVOCATE', []],
    ['never Commissioner staff', { inCare: true, callerIsChildsLa: true }, 'COMMISSIONER_STAFF', []],
  ])('%s', (_name, state, role, expected) => {
    expect(allowedChildCommands(state, role)).toEqual(expected);
  });

  it('says why a child out of care takes neither', () => {
    expect(childCommandRefusal({ inCare: false }, 'RECORD_LEFT_CARE')).toBe(NO_OPEN_PERIOD_TO_END);
    expect(childCommandRefusal({ inCare: false }, 'RECORD_PLACEMENT_CHANGE')).toBe(NO_PLACEMENT_OUTSIDE_CARE);
    expect(CHILD_COMMANDS.map((command) => childCommandRefusal({ inCare: true }, command))).toEqual([null, null]);
  });
});
