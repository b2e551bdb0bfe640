import type { Routes } from '@angular/router';

/** The annual report pages of a role's area; who may generate is decided on the page and by the API. */
export const reportRoutes: Routes = [
  { path: 'reports', title: 'Annual advocacy report', loadComponent: () => import('./reports.page').then((m) => m.ReportsPage) },
  { path: 'reports/:id', title: 'Annual advocacy report', loadComponent: () => import('./report.page').then((m) => m.ReportPage) },
];
