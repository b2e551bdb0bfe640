import type { Routes } from '@angular/router';
import type { AreaRoutes } from '../../core/routing/area-routes';

/** A child's record and their advocate card, the same in the advocate's and the LA manager's areas. */
const childRecord: Routes = [
  { path: 'children/:id', title: 'Child', loadComponent: () => import('./child.page').then((m) => m.ChildPage) },
  { path: 'children/:id/card', title: 'My advocate card', loadComponent: () => import('./advocate-card.page').then((m) => m.AdvocateCardPage) },
];

/** The advocate's home lists their children; the LA manager's lists their LA's. */
export const childrenRoutes: AreaRoutes = {
  ADVOCATE: [{ path: '', title: 'My children', loadComponent: () => import('./my-children.page').then((m) => m.MyChildrenPage) }, ...childRecord],
  LA_MANAGER: [
    { path: '', title: 'Children in your local authority', loadComponent: () => import('./la-children.page').then((m) => m.LaChildrenPage) },
    {
      path: 'children/:id/placement-change',
      title: 'Record a change of placement',
      loadComponent: () => import('./placement-change.page').then((m) => m.PlacementChangePage),
    },
    { path: 'children/:id/left-care', title: 'Record that the child left care', loadComponent: () => import('./left-care.page').then((m) => m.LeftCarePage) },
    ...childRecord,
  ],
};
