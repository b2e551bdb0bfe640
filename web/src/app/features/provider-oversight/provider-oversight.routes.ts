import type { AreaRoutes } from '../../core/routing/area-routes';

/** The provider manager's home: their own provider's advocates and the children past a deadline. */
export const providerOversightRoutes: AreaRoutes = {
  PROVIDER_MANAGER: [{ path: '', title: 'Your provider', loadComponent: () => import('./provider-overview.page').then((m) => m.ProviderOverviewPage) }],
};
