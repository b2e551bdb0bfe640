import { chairedByLine } from './child-chair';

describe('the child may chair or co-chair; the LA chair stays accountable', () => {
  it.each([
    ['CHAIR', 'Chaired by Sam with Priya Shah as accountable chair'],
    ['CO_CHAIR', 'Co-chaired by Sam and Priya Shah, with Priya Shah as accountable chair'],
    ['NONE', 'Chaired by Priya Shah'],
  ] as const)('%s: %s', (role, line) => {
    expect(chairedByLine(role, 'Sam', 'Priya Shah')).toBe(line);
  });
});
