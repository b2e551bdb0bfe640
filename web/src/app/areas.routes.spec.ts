import type { Routes } from '@angular/router';
import { PORTAL_AREAS, ROLES } from '@heard/domain';
import { AREA_FEATURES } from './areas.routes';

/** Each area's pages as `path: title`, in the order the router tries them. */
function pages(role: (typeof ROLES)[number]): string[] {
  const routes: Routes = AREA_FEATURES.flatMap((feature) => feature[role] ?? []);
  return routes.map((route) => `${route.path ?? ''}: ${typeof route.title === 'string' ? route.title : ''}`);
}

describe("each role's area has exactly the pages it had when one file listed them", () => {
  it('puts the areas at the portal addresses', () => {
    expect(ROLES.map((role) => PORTAL_AREAS[role])).toEqual(['advocate', 'la', 'commissioner', 'admin', 'provider', 'data-protection']);
  });

  it('gives the advocate their children, meetings, concerns, homes and the report', () => {
    expect(pages('ADVOCATE')).toEqual([
      ': My children',
      'children/:id: Child',
      'children/:id/card: My advocate card',
      'meetings/:id: Meeting',
      'meetings/:id/child-record: Record for the child',
      'meetings/:id/child-record/print: Print the record for the child',
      'children/:id/raise-concern: Raise a concern',
      'children/:id/raise-safeguarding-concern: Raise an immediate safeguarding concern',
      'concerns: My concerns',
      'concerns/:id: Concern',
      'homes: My homes',
      "homes/:id: Children's home",
      'homes/:id/visit: Visit report',
      'homes/:homeId/visits/:visitId: Visit report',
      'reports: Annual advocacy report',
      'reports/:id: Annual advocacy report',
      'children/:id/you-said-we-did: You said, we did',
      'children/:id/you-said-we-did/print: You said, we did: printable page',
      'children/:id/you-said-we-did/:viewId: Set the outcome',
      'children/:id/who-has-seen: Who has seen this record',
      'children/:id/who-has-seen/print: Who has seen your record: printable page',
    ]);
  });

  it('gives the LA manager their children, imports, events, meetings to chair, concerns, homes, the report, earlier meeting requests, themes, themes to answer and visit recommendations to answer', () => {
    expect(pages('LA_MANAGER')).toEqual([
      ': Children in your local authority',
      'children/:id/placement-change: Record a change of placement',
      'children/:id/left-care: Record that the child left care',
      'children/:id: Child',
      'children/:id/card: My advocate card',
      'import: Import your SSDA903 return',
      'record-event: Record a trigger event',
      'meetings: Meetings to chair',
      'meetings/schedule: Schedule a meeting',
      'meetings/:id: Meeting',
      'meetings/:id/child-record/print: Print the record for the child',
      'concerns: Concerns awaiting our response',
      'concerns/:id: Concern',
      "homes: Children's homes",
      "homes/:id: Children's home",
      'homes/:homeId/visits/:visitId: Visit report',
      'reports: Annual advocacy report',
      'reports/:id: Annual advocacy report',
      'earlier-meetings: Earlier meeting requests',
      'themes: Themes through the year',
      'theme-requests: Themes to answer',
      'theme-requests/:id: A theme to answer',
      'visit-recommendations: Visit recommendations to answer',
    ]);
  });

  it('gives Commissioner staff allocation oversight, escalations, homes, the report, themes and themes put to LAs', () => {
    expect(pages('COMMISSIONER_STAFF')).toEqual([
      ': Allocation oversight',
      'escalations: Escalations',
      'concerns/:id: Concern',
      "homes: Children's homes",
      "homes/:id: Children's home",
      'homes/:homeId/visits/:visitId: Visit report',
      'reports: Annual advocacy report',
      'reports/:id: Annual advocacy report',
      'themes: Themes through the year',
      'theme-requests: Themes put to local authorities and providers',
      'theme-requests/new: Put a theme',
      'theme-requests/:id: A theme put by the Commissioner',
    ]);
  });

  it('gives the administrator their home, users, the organisation pages and allocation oversight', () => {
    expect(pages('ADMIN')).toEqual([
      ': Platform administration',
      'users: Users',
      'users/invite: Invite a user',
      'users/:id: User',
      'local-authorities: Local authorities',
      'local-authorities/:id/safeguarding-contact: Safeguarding contact',
      'providers: Advocacy providers',
      'advocates: Advocates',
      'advocates/:id: Change an advocate',
      'la-staff: LA staff',
      'allocation: Allocation oversight',
    ]);
  });

  it('gives the provider manager their own provider only', () => {
    expect(pages('PROVIDER_MANAGER')).toEqual([': Your provider']);
  });

  it("gives the data protection officer their LA's children's records, who has seen each one, and the records due for disposal", () => {
    expect(pages('DATA_PROTECTION_OFFICER')).toEqual([
      'children/:id/who-has-seen: Who has seen this record',
      'children/:id/who-has-seen/print: Who has seen your record: printable page',
      ": Children's records",
      "children/:id: A child's record",
      'records-due-for-disposal: Records due for disposal',
      'disposal-register: Disposal register',
      "children/:id/copy: A copy of the child's record",
    ]);
  });

  it('loads every page lazily from its feature folder', () => {
    const routes = ROLES.flatMap((role) => AREA_FEATURES.flatMap((feature) => feature[role] ?? []));
    expect(routes.filter((route) => typeof route.loadComponent !== 'function')).toEqual([]);
  });
});
