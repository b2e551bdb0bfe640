import type { Role } from '@heard/graphql-types';

export interface NavItem {
  readonly label: string;
  readonly path: string;
  /** Only highlight on this exact path (a role's home, which prefixes its other pages). */
  readonly exact: boolean;
}

/** Primary navigation per role. Only pages that exist are listed. */
export const PRIMARY_NAV: Readonly<Record<Role, readonly NavItem[]>> = {
  ADVOCATE: [
    { label: 'My children', path: '/advocate', exact: true },
    { label: 'My concerns', path: '/advocate/concerns', exact: false },
    { label: 'My homes', path: '/advocate/homes', exact: false },
    { label: 'Annual report', path: '/advocate/reports', exact: false },
  ],
  LA_MANAGER: [
    { label: 'Children', path: '/la', exact: true },
    { label: 'Record an event', path: '/la/record-event', exact: false },
    { label: 'Meetings to chair', path: '/la/meetings', exact: false },
    { label: 'Concerns', path: '/la/concerns', exact: false },
    { label: 'Homes', path: '/la/homes', exact: false },
    { label: 'Import a return', path: '/la/import', exact: false },
    { label: 'Annual report', path: '/la/reports', exact: false },
  ],
  COMMISSIONER_STAFF: [
    { label: 'Allocation oversight', path: '/commissioner', exact: true },
    { label: 'Escalations', path: '/commissioner/escalations', exact: false },
    { label: 'Homes', path: '/commissioner/homes', exact: false },
    { label: 'Annual report', path: '/commissioner/reports', exact: false },
  ],
  ADMIN: [
    { label: 'Allocation', path: '/admin/allocation', exact: false },
    { label: 'Users', path: '/admin/users', exact: false },
    { label: 'Local authorities', path: '/admin/local-authorities', exact: false },
  ],
};
