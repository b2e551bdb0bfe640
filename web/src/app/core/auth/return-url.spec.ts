import { safeReturnUrl } from './return-url';

describe('a return address is followed only inside the portal', () => {
  it.each([
    ['/advocate/children/1', '/advocate/children/1'],
    ['/la/concerns?x=1', '/la/concerns?x=1'],
    ['//evil.example/', null],
    ['/\\evil.example/', null],
    ['https://evil.example/', null],
    ['/login', null],
    ['/login?returnUrl=/la', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});
