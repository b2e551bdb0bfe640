import { CONCERN_THEMES } from '../escalation/themes';
import { OUTCOME_THEMES_MAX, outcomeThemesProblem } from './outcome-themes';

describe('themes of a "you said, we did" outcome', () => {
  it('accepts none, one, or every theme of the taxonomy once', () => {
    expect(outcomeThemesProblem([])).toBeNull();
    expect(outcomeThemesProblem(['EDUCATION'])).toBeNull();
    expect(outcomeThemesProblem([...CONCERN_THEMES])).toBeNull();
    expect(OUTCOME_THEMES_MAX).toBe(13);
  });

  it('refuses an unknown theme, naming the field', () => {
    expect(outcomeThemesProblem(['EDUCATION', 'HOLIDAYS'])).toEqual({ field: 'themes', message: 'Choose themes from the list (unknown: HOLIDAYS)' });
  });

  it('refuses a repeated theme rather than dropping it', () => {
    expect(outcomeThemesProblem(['SAFETY', 'SAFETY'])).toEqual({ field: 'themes', message: 'Choose each theme only once' });
  });

  it('refuses more themes than the taxonomy holds', () => {
    expect(outcomeThemesProblem([...CONCERN_THEMES, 'OTHER'])).toEqual({ field: 'themes', message: 'Choose at most 13 themes' });
  });
});
