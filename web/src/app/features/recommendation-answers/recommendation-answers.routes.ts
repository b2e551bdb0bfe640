import type { AreaRoutes } from '../../core/routing/area-routes';

/** Answers to visit recommendations: the LA manager's list to answer (the home's answers are recorded on the visit report). */
export const recommendationAnswerRoutes: AreaRoutes = {
  LA_MANAGER: [
    {
      path: 'visit-recommendations',
      title: 'Visit recommendations to answer',
      loadComponent: () => import('./visit-recommendations.page').then((m) => m.VisitRecommendationsPage),
    },
  ],
};
