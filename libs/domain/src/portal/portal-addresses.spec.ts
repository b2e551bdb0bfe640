import { ROLES } from '../roles';
import {
  concernAddress,
  concernsAddress,
  homeAddress,
  homesAddress,
  homeVisitAddress,
  PORTAL_AREAS,
  portalHome,
  recordsDueForDisposalAddress,
} from './portal-addresses';

describe('each role has one portal area, and every address is built from it', () => {
  it.each([
    ['ADVOCATE', '/advocate'],
    ['LA_MANAGER', '/la'],
    ['COMMISSIONER_STAFF', '/commissioner'],
    ['ADMIN', '/admin'],
  ] as const)('%s lands on %s', (role, home) => {
    expect(portalHome(role)).toBe(home);
  });

  it('gives every role an area of its own', () => {
    expect(new Set(ROLES.map((role) => PORTAL_AREAS[role])).size).toBe(ROLES.length);
  });

  it.each([
    ['ADVOCATE', '/advocate/concerns', '/advocate/concerns/c1', '/advocate/homes', '/advocate/homes/h1', '/advocate/homes/h1/visits/v1'],
    ['LA_MANAGER', '/la/concerns', '/la/concerns/c1', '/la/homes', '/la/homes/h1', '/la/homes/h1/visits/v1'],
    [
      'COMMISSIONER_STAFF',
      '/commissioner/concerns',
      '/commissioner/concerns/c1',
      '/commissioner/homes',
      '/commissioner/homes/h1',
      '/commissioner/homes/h1/visits/v1',
    ],
    ['ADMIN', '/commissioner/concerns', '/commissioner/concerns/c1', '/commissioner/homes', '/commissioner/homes/h1', '/commissioner/homes/h1/visits/v1'],
  ])('%s opens concerns and homes under its own area', (role, concerns, concern, homes, home, visit) => {
    expect(concernsAddress(role)).toBe(concerns);
    expect(concernAddress(role, 'c1')).toBe(concern);
    expect(homesAddress(role)).toBe(homes);
    expect(homeAddress(role, 'h1')).toBe(home);
    expect(homeVisitAddress(role, 'h1', 'v1')).toBe(visit);
  });

  it("sends a notice of disposal to the records due in the data protection officer's area", () => {
    expect(recordsDueForDisposalAddress()).toBe('/data-protection/records-due-for-disposal');
  });
});
