import { portalHome } from '@heard/domain';
import type { Role } from '@heard/graphql-types';

export interface NavItem {
  readonly label: string;
  readonly path: string;
  /** Only highlight on this exact path (a role's home, which prefixes its other pages). */
  readonly exact: boolean;
}

const home = (label: string, role: Role): NavItem => ({ label, path: portalHome(role), exact: true });
const inArea = (label: string, role: Role, page: string): NavItem => ({ label, path: `${portalHome(role)}/${page}`, exact: false });

/** Primary navigation per role, built from each role's portal addresses. Only pages that exist are listed. */
export const PRIMARY_NAV: Readonly<Record<Role, readonly NavItem[]>> = {
  ADVOCATE: [
    home('My children', 'ADVOCATE'),
    inArea('My concerns', 'ADVOCATE', 'concerns'),
    inArea('My homes', 'ADVOCATE', 'homes'),
    inArea('Annual report', 'ADVOCATE', 'reports'),
  ],
  LA_MANAGER: [
    home('Children', 'LA_MANAGER'),
    inArea('Record an event', 'LA_MANAGER', 'record-event'),
    inArea('Meetings to chair', 'LA_MANAGER', 'meetings'),
    inArea('Earlier meetings', 'LA_MANAGER', 'earlier-meetings'),
    inArea('Concerns', 'LA_MANAGER', 'concerns'),
    inArea('Homes', 'LA_MANAGER', 'homes'),
    inArea('Import a return', 'LA_MANAGER', 'import'),
    inArea('Themes', 'LA_MANAGER', 'themes'),
    inArea('Themes to answer', 'LA_MANAGER', 'theme-requests'),
    inArea('Visit recommendations', 'LA_MANAGER', 'visit-recommendations'),
    inArea('Annual report', 'LA_MANAGER', 'reports'),
  ],
  COMMISSIONER_STAFF: [
    home('Allocation oversight', 'COMMISSIONER_STAFF'),
    inArea('Escalations', 'COMMISSIONER_STAFF', 'escalations'),
    inArea('Homes', 'COMMISSIONER_STAFF', 'homes'),
    inArea('Themes', 'COMMISSIONER_STAFF', 'themes'),
    inArea('Themes put', 'COMMISSIONER_STAFF', 'theme-requests'),
    inArea('Annual report', 'COMMISSIONER_STAFF', 'reports'),
  ],
  ADMIN: [
    inArea('Users', 'ADMIN', 'users'),
    inArea('Allocation', 'ADMIN', 'allocation'),
    inArea('Local authorities', 'ADMIN', 'local-authorities'),
    inArea('Providers', 'ADMIN', 'providers'),
    inArea('Advocates', 'ADMIN', 'advocates'),
    inArea('LA staff', 'ADMIN', 'la-staff'),
  ],
  PROVIDER_MANAGER: [home('Your provider', 'PROVIDER_MANAGER')],
  DATA_PROTECTION_OFFICER: [
    home("Children's records", 'DATA_PROTECTION_OFFICER'),
    inArea('Records due for disposal', 'DATA_PROTECTION_OFFICER', 'records-due-for-disposal'),
    inArea('Disposal register', 'DATA_PROTECTION_OFFICER', 'disposal-register'),
  ],
};
