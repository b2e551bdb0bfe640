import { CONCERN_THEMES, themesProblem } from './themes';

describe('concern themes come from the fixed taxonomy', () => {
  it('has the thirteen themes of the brief', () => {
    expect(CONCERN_THEMES).toHaveLength(13);
  });

  it.each([
    [['EDUCATION', 'SIBLINGS'], null],
    [[], 'Choose at least one theme.'],
    [['EDUCATION', 'HOUSING'], 'Unknown theme: HOUSING.'],
    [['SAFETY', 'SAFETY'], 'Each theme can be chosen only once.'],
  ])('%j', (themes, problem) => {
    expect(themesProblem(themes)).toBe(problem);
  });
});
