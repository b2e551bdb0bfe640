import { themeWarning } from './early-warning';
import { THEME_WARNINGS_ADDRESS, themeWarningKey, themeWarningMessage } from './warning-notice';

describe('an early warning is told once, with its figures', () => {
  const figures = themeWarning({ current: 5, previous: [2, 1, 3, 2] });

  it('is keyed by the place, the theme and the quarter', () => {
    expect(themeWarningKey({ breakdown: 'HOME', unit: 'h1', theme: 'SIBLINGS', quarterFromOn: '2026-10-01' })).toBe(
      'theme-warning:HOME:h1:SIBLINGS:2026-10-01',
    );
    expect(themeWarningKey({ breakdown: 'PROVIDER', unit: 'Oakfield Homes', theme: 'SIBLINGS', quarterFromOn: '2027-01-01' })).toBe(
      'theme-warning:PROVIDER:Oakfield Homes:SIBLINGS:2027-01-01',
    );
  });

  it('says the count, the four quarters before and the threshold', () => {
    if (figures === null) throw new Error('5 against a mean of 2 is a warning');
    expect(
      themeWarningMessage({ ...figures, breakdown: 'LOCAL_AUTHORITY', unit: 'la1', label: 'Northshire', theme: 'SIBLINGS', quarterFromOn: '2026-10-01' }),
    ).toBe(
      'Early warning: Siblings is rising at Northshire (local authority). 5 this quarter (from 1 October 2026), against 2, 1, 3, 2 in the four quarters before (oldest first; mean 2). A warning needs at least 5 and more than 3.',
    );
  });

  it('shows a fractional threshold exactly', () => {
    const w = themeWarning({ current: 6, previous: [1, 2, 3, 3] });
    if (w === null) throw new Error('6 against a mean of 2.25 is a warning');
    expect(themeWarningMessage({ ...w, breakdown: 'HOME', unit: 'h1', label: 'Oak House', theme: 'SIBLINGS', quarterFromOn: '2026-10-01' })).toContain(
      '(oldest first; mean 2.25). A warning needs at least 5 and more than 3.375.',
    );
  });

  it('links to the themes page', () => {
    expect(THEME_WARNINGS_ADDRESS).toBe('/commissioner/themes');
  });
});
