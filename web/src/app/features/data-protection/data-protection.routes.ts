import type { AreaRoutes } from '../../core/routing/area-routes';

/** The data protection officer's area: their LA's children, and each child's record as the officer looks after it. */
export const dataProtectionRoutes: AreaRoutes = {
  DATA_PROTECTION_OFFICER: [
    { path: '', title: "Children's records", loadComponent: () => import('./data-protection-children.page').then((m) => m.DataProtectionChildrenPage) },
    { path: 'children/:id', title: "A child's record", loadComponent: () => import('./data-protection-child.page').then((m) => m.DataProtectionChildPage) },
  ],
};
