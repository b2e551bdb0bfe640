import type { AreaRoutes } from '../../core/routing/area-routes';

/** A copy of a child's record (subject access): the data protection officer's, in their area. */
export const subjectAccessRoutes: AreaRoutes = {
  DATA_PROTECTION_OFFICER: [
    { path: 'children/:id/copy', title: "A copy of the child's record", loadComponent: () => import('./subject-access.page').then((m) => m.SubjectAccessPage) },
  ],
};
